package id.aduan.holiday;

import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.KeyCursor;
import id.aduan.common.paging.Page;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The holiday calendar: kept by admins, read by every deadline computation. */
@ApplicationScoped
public class HolidayService {
  /** Deadlines are read on every submission; holidays change a few times a year. */
  private static final Duration CACHE_FOR = Duration.ofMinutes(5);
  private static final int YEARS_AROUND = 2;

  private final HolidayRepository repository;
  private final AppConfig config;
  private volatile Cached cached;

  HolidayService(HolidayRepository repository, AppConfig config) {
    this.repository = repository;
    this.config = config;
  }

  /**
   * The working calendar around today, cached for a few minutes (another instance's change
   * shows within that time). Read in a Hibernate session (the caller's, or one of its own).
   */
  public Uni<WorkingCalendar> calendar() {
    return cachedOr(range -> Panache.withSession(() -> repository.find("date >= ?1 and date <= ?2", range[0],
        range[1]).list()).map(days -> days.stream().map(h -> h.date).collect(Collectors.toSet())));
  }

  /**
   * The same calendar read on {@code conn}, for work in a transaction of the SQL client (a new
   * report, ADR 0024), which must not wait for a second connection while it holds one.
   */
  public Uni<WorkingCalendar> calendar(SqlConnection conn) {
    return cachedOr(range -> conn.preparedQuery("select date from holiday where date >= $1 and date <= $2")
        .execute(Tuple.of(range[0], range[1]))
        .map(rows -> {
          Set<LocalDate> days = new HashSet<>();
          rows.forEach(row -> days.add(row.getLocalDate("date")));
          return days;
        }));
  }

  private Uni<WorkingCalendar> cachedOr(Function<LocalDate[], Uni<Set<LocalDate>>> read) {
    Cached c = cached;
    if (c != null && c.until().isAfter(Instant.now())) {
      return Uni.createFrom().item(c.calendar());
    }
    LocalDate today = LocalDate.now(config.timeZone());
    return read.apply(new LocalDate[] {today.minusYears(YEARS_AROUND), today.plusYears(YEARS_AROUND)})
        .map(days -> {
          var calendar = new WorkingCalendar(config.timeZone(), days);
          cached = new Cached(calendar, Instant.now().plus(CACHE_FOR));
          return calendar;
        });
  }

  @WithSession
  public Uni<Page<HolidayViews.View>> list(Integer year, String cursor, int size) {
    int y = year == null ? LocalDate.now(config.timeZone()).getYear() : year;
    if (y < 2000 || y > 2100) {
      throw new InvalidInputException("year", Msg.of("holiday.year"));
    }
    LocalDate after = afterDate(cursor);
    return repository.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), after, size + 1)
        .map(rows -> Page.of(rows, size, h -> KeyCursor.encode(h.date.toString()), HolidayService::toView));
  }

  @WithTransaction
  public Uni<HolidayViews.View> add(@Valid @NotNull HolidayViews.Input input) {
    Log.debugf("add holiday %s", input.date());
    return repository.findById(input.date()).flatMap(existing -> {
      if (existing != null) {
        return Uni.createFrom().failure(new ConflictException(Msg.of("holiday.dateTaken", "date", input.date())));
      }
      Holiday h = new Holiday();
      h.date = input.date();
      h.name = input.name().strip();
      h.kind = input.kind();
      cached = null;
      return repository.persist(h);
    }).map(HolidayService::toView);
  }

  @WithTransaction
  public Uni<Void> remove(LocalDate date) {
    Log.debugf("remove holiday %s", date);
    return repository.deleteById(date).map(deleted -> {
      if (!deleted) {
        throw new NotFoundException(Msg.of("holiday.notFound"));
      }
      cached = null;
      return null;
    });
  }

  static HolidayViews.View toView(Holiday h) {
    return new HolidayViews.View(h.date, h.name, h.kind);
  }

  private static LocalDate afterDate(String cursor) {
    String key = KeyCursor.decode(cursor);
    try {
      return key == null ? null : LocalDate.parse(key);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("cursor", Msg.of("paging.cursor"));
    }
  }

  private record Cached(WorkingCalendar calendar, Instant until) {}
}
