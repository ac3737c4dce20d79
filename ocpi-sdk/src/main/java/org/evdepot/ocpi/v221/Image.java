package org.evdepot.ocpi.v221;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Reference to an image (OCPI 2.2.1 §8.4.15).
 *
 * <p>Wire fields: {@code url}, {@code thumbnail} (optional), {@code category}, {@code type}, {@code
 * width} (optional), {@code height} (optional). Required fields are checked when the record is
 * built; optional ones may be {@code null}.
 *
 * @param url URL of the image
 * @param thumbnail URL of a thumbnail
 * @param category what the image shows
 * @param type image type such as {@code png}
 * @param width width in pixels
 * @param height height in pixels
 */
public record Image(
    @JsonProperty("url") String url,
    @JsonProperty("thumbnail") String thumbnail,
    @JsonProperty("category") ImageCategory category,
    @JsonProperty("type") String type,
    @JsonProperty("width") Integer width,
    @JsonProperty("height") Integer height) {

  /** Checks required fields and copies lists so the record stays immutable. */
  public Image {
    Objects.requireNonNull(url, "Image.url is required");
    Objects.requireNonNull(category, "Image.category is required");
    Objects.requireNonNull(type, "Image.type is required");
  }
}
