package id.aduan.common.limit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a resource method whose requests {@link RateLimitFilter} counts against {@code value}'s rates. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {
  Limit value();

  /** When set, only requests carrying this query parameter count (a list by ids, not by filters). */
  String whenQueryParameter() default "";
}
