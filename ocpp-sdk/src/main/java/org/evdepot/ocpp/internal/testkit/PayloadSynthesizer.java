package org.evdepot.ocpp.internal.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.evdepot.ocpp.codec.WireEnum;

/**
 * Builds the smallest valid value of a generated payload record: every optional component absent,
 * every required component filled with a neutral value. Works generically over the generated
 * records, so a new action in a catalog gets a default without code here.
 *
 * <p>Required components are found the way the records declare them: their canonical constructor
 * throws {@link NullPointerException} naming the component. Values: {@code "mock"} for strings, 0
 * for numbers, the clock's instant for date-times, the constant whose wire value is {@code
 * Accepted} (else the first constant) for enumerations, one element for required lists (the
 * schemas' {@code minItems} is at most 1), and the record rule again for nested objects.
 */
public final class PayloadSynthesizer {
  private static final int MAX_DEPTH = 12;
  private final Clock clock;

  /** A synthesizer stamping date-times with {@code clock}. */
  public PayloadSynthesizer(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The smallest valid value of record {@code type}. */
  public <T> T synthesize(Class<T> type) {
    return type.cast(value(type, type, 0));
  }

  /** The constant of {@code type} whose wire value is {@code Accepted}, else the first constant. */
  public static <E extends Enum<E>> E preferredConstant(Class<E> type) {
    E[] constants = type.getEnumConstants();
    for (E c : constants) {
      if (c instanceof WireEnum && "Accepted".equals(((WireEnum) c).wireValue())) {
        return c;
      }
    }
    return constants[0];
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(Class<?> raw, Type generic, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException("payload nesting too deep at " + raw.getName());
    }
    if (raw == String.class) {
      return "mock";
    }
    if (raw == Integer.class || raw == int.class) {
      return 0;
    }
    if (raw == Long.class || raw == long.class) {
      return 0L;
    }
    if (raw == Double.class || raw == double.class) {
      return 0.0;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return false;
    }
    if (raw == BigDecimal.class) {
      return BigDecimal.ZERO;
    }
    if (raw == Instant.class) {
      return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
    if (raw.isEnum()) {
      return preferredConstant((Class) raw);
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (raw == List.class) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      Class<?> elementRaw =
          element instanceof ParameterizedType
              ? (Class<?>) ((ParameterizedType) element).getRawType()
              : (Class<?>) element;
      return List.of(value(elementRaw, element, depth + 1));
    }
    if (raw.isRecord()) {
      return record(raw, depth);
    }
    throw new IllegalStateException("cannot synthesise a value of " + generic.getTypeName());
  }

  private Object record(Class<?> type, int depth) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = types[i].isPrimitive() ? value(types[i], types[i], depth + 1) : null;
    }
    Constructor<?> ctor;
    try {
      ctor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
    }
    // Each failed attempt names one missing required component; fill it and try again.
    for (int attempt = 0; attempt <= components.length; attempt++) {
      try {
        return ctor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        int missing = cause instanceof NullPointerException ? indexOf(components, cause) : -1;
        if (missing < 0 || args[missing] != null) {
          throw new IllegalStateException("cannot build a default " + type.getSimpleName(), cause);
        }
        args[missing] = value(types[missing], components[missing].getGenericType(), depth + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build a default " + type.getSimpleName(), e);
      }
    }
    throw new IllegalStateException("cannot build a default " + type.getSimpleName());
  }

  private static int indexOf(RecordComponent[] components, Throwable npe) {
    String name = npe.getMessage();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
