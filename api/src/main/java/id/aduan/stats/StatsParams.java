package id.aduan.stats;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The filter parameters shared by every statistic, read as text so that errors name them. */
public class StatsParams {
  @QueryParam("from")
  public String from;

  @QueryParam("to")
  public String to;

  @QueryParam("agencyId")
  public String agencyId;

  @QueryParam("subAgencies")
  public String subAgencies;

  @QueryParam("categoryId")
  public String categoryId;

  @QueryParam("subCategories")
  public String subCategories;

  @QueryParam("channel")
  public String channel;

  @QueryParam("areaCode")
  public String areaCode;

  @QueryParam("type")
  public String type;

  StatsFilter filter(LocalDate today) {
    return StatsFilter.parse(from, to, agencyId, subAgencies, categoryId, subCategories, channel, areaCode, type, today);
  }
}
