package org.evdepot.manage.core.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.evdepot.manage.core.model.MeterValue;
import org.evdepot.manage.core.model.Page;
import org.evdepot.manage.core.model.Transaction;
import org.evdepot.manage.core.service.TransactionQuery;
import org.evdepot.manage.core.service.TransactionService;

/** Transactions with their meter values: {@code /api/transactions}. */
@Controller("/api/transactions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TransactionController {

  private final TransactionService transactions;

  /**
   * @param transactions transaction service
   */
  public TransactionController(TransactionService transactions) {
    this.transactions = transactions;
  }

  /**
   * A transaction with its meter values.
   *
   * @param transaction the transaction
   * @param meterValues its samples by time, flagged ones included
   */
  @Serdeable
  public record TransactionDetail(Transaction transaction, List<MeterValue> meterValues) {}

  /**
   * Transactions, newest first.
   *
   * @param depotId of chargers of this depot
   * @param chargerId of this charger
   * @param from started at or after
   * @param to started before
   * @param page page from 0, default 0
   * @param size page size 1..500, default 50
   * @return one page
   */
  @Get
  public Page<Transaction> list(
      @Nullable @QueryValue Long depotId,
      @Nullable @QueryValue String chargerId,
      @Nullable @QueryValue Instant from,
      @Nullable @QueryValue Instant to,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size) {
    return transactions.list(
        new TransactionQuery(
            depotId, chargerId, from, to, page != null ? page : 0, size != null ? size : 50));
  }

  /**
   * @param id server id of the transaction
   * @return the transaction and its meter values
   */
  @Get("/{id}")
  public TransactionDetail get(long id) {
    return new TransactionDetail(transactions.get(id), transactions.meterValues(id));
  }
}
