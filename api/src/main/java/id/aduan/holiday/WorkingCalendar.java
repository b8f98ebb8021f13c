package id.aduan.holiday;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working days in the city's time zone: Monday to Friday, except holidays. A deadline of
 * n working days ends when the n-th working day after the start day ends.
 */
public final class WorkingCalendar {
  private final ZoneId zone;
  private final Set<LocalDate> holidays;

  public WorkingCalendar(ZoneId zone, Set<LocalDate> holidays) {
    this.zone = zone;
    this.holidays = Set.copyOf(holidays);
  }

  /** The day of {@code at} in the city. */
  public LocalDate dayOf(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  /** The end of the {@code n}-th working day after the day of {@code from} (the start of the next day). */
  public Instant dueAfter(Instant from, int n) {
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int left = n; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * The whole working days after {@code from}'s day that are over by {@code to}: what is left of
   * a deadline {@code to} when the clock stops at {@code from}. The inverse of {@link #dueAfter}.
   */
  public int workingDaysBetween(Instant from, Instant to) {
    LocalDate day = from.atZone(zone).toLocalDate().plusDays(1);
    int count = 0;
    while (!day.plusDays(1).atStartOfDay(zone).toInstant().isAfter(to)) {
      if (isWorkingDay(day)) {
        count++;
      }
      day = day.plusDays(1);
    }
    return count;
  }

  /**
   * For a countdown: whole working days left before {@code due} (0 on its last day), or, once
   * it has passed, minus the working days that have begun since (-1 on the first late day).
   */
  public int workingDaysLeft(Instant now, Instant due) {
    if (now.isBefore(due)) {
      return workingDaysBetween(now, due);
    }
    LocalDate day = due.atZone(zone).toLocalDate();
    LocalDate today = now.atZone(zone).toLocalDate();
    int late = 0;
    for (; !day.isAfter(today); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        late++;
      }
    }
    return -late;
  }
}
