package id.aduan.common.paging;

import java.util.List;

/** One page of a keyset-paginated list: the shape of every list in the API. */
public record Page<T>(List<T> items, String nextCursor) {}
