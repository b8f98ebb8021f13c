package id.aduan.holiday;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Holidays by date (the primary key orders and ranges them). */
@ApplicationScoped
public class HolidayRepository implements PanacheRepositoryBase<Holiday, LocalDate> {

  public Uni<List<Holiday>> between(LocalDate from, LocalDate to, LocalDate after, int limit) {
    LocalDate start = after != null && after.isAfter(from.minusDays(1)) ? after.plusDays(1) : from;
    return find("date >= ?1 and date <= ?2 order by date", start, to).range(0, limit - 1).list();
  }
}
