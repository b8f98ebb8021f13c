package id.aduan.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list: the shape of every list in the API. */
public record Page<T>(List<T> items, String nextCursor) {

  /**
   * A page from {@code rows} fetched with one row more than {@code size}: that extra row only
   * tells that a next page exists, and the cursor points after the last row shown.
   */
  public static <E, T> Page<T> of(List<E> rows, int size, Function<E, String> cursorOf, Function<E, T> view) {
    boolean more = rows.size() > size;
    List<E> shown = more ? rows.subList(0, size) : rows;
    String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
    return new Page<>(shown.stream().map(view).toList(), next);
  }
}
