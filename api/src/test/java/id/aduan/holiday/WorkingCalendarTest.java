package id.aduan.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  static Instant at(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(WITA).toInstant();
  }

  @Test
  void threeWorkingDaysFromMondayEndOnThursday() {
    var cal = new WorkingCalendar(WITA, Set.of());
    assertThat(cal.dueAfter(at("2026-11-30T10:00"), 3)).isEqualTo(at("2026-12-04T00:00"));
  }

  @Test
  void weekendsDoNotCount() {
    var cal = new WorkingCalendar(WITA, Set.of());
    // Thursday + 3 working days = Tuesday (Fri, Mon, Tue), ending at Wednesday 00:00.
    assertThat(cal.dueAfter(at("2026-12-03T16:00"), 3)).isEqualTo(at("2026-12-09T00:00"));
    // Submitted on a Saturday: Mon, Tue, Wed.
    assertThat(cal.dueAfter(at("2026-12-05T09:00"), 3)).isEqualTo(at("2026-12-10T00:00"));
  }

  @Test
  void holidaysDoNotCount() {
    var cal = new WorkingCalendar(WITA, Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));
    // Tue 22 Dec + 3: Wed 23, (24, 25 off), Mon 28, Tue 29.
    assertThat(cal.dueAfter(at("2026-12-22T08:00"), 3)).isEqualTo(at("2026-12-30T00:00"));
    assertThat(cal.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.parse("2026-12-23"))).isTrue();
  }

  @Test
  void daysAreCountedInTheCityTimeZone() {
    var cal = new WorkingCalendar(WITA, Set.of());
    // 17:30 UTC on Monday is already Tuesday 01:30 in Kupang: the count starts from Tuesday.
    assertThat(cal.dueAfter(Instant.parse("2026-11-30T17:30:00Z"), 1)).isEqualTo(at("2026-12-03T00:00"));
  }

  @Test
  void workingDaysBetweenIsTheInverseOfDueAfter() {
    var cal = new WorkingCalendar(WITA, Set.of(LocalDate.parse("2026-12-02")));
    for (String start : new String[] {"2026-11-29T09:00", "2026-11-30T09:00", "2026-12-01T23:59", "2026-12-04T12:00"}) {
      for (int n = 0; n <= 10; n++) {
        assertThat(cal.workingDaysBetween(at(start), cal.dueAfter(at(start), n))).as(start + " + " + n).isEqualTo(n);
      }
    }
  }

  @Test
  void workingDaysBetweenCountsOnlyDaysThatAreOver() {
    var cal = new WorkingCalendar(WITA, Set.of(LocalDate.parse("2026-12-02")));
    Instant monday = at("2026-11-30T09:00");
    assertThat(cal.workingDaysBetween(monday, at("2026-12-01T23:00"))).isZero();
    assertThat(cal.workingDaysBetween(monday, at("2026-12-02T00:00"))).isEqualTo(1);
    assertThat(cal.workingDaysBetween(monday, at("2026-12-03T00:00"))).isEqualTo(1);
    assertThat(cal.workingDaysBetween(monday, monday.minusSeconds(86_400))).isZero();
  }

  @Test
  void countdownIsZeroOnTheLastDayAndNegativeWhenLate() {
    var cal = new WorkingCalendar(WITA, Set.of());
    Instant due = at("2026-12-04T00:00"); // the deadline day is Thursday 3 December
    assertThat(cal.workingDaysLeft(at("2026-12-01T10:00"), due)).isEqualTo(2);
    assertThat(cal.workingDaysLeft(at("2026-12-03T10:00"), due)).isZero();
    assertThat(cal.workingDaysLeft(at("2026-12-04T08:00"), due)).isEqualTo(-1);
    assertThat(cal.workingDaysLeft(at("2026-12-06T08:00"), due)).isEqualTo(-1);
    assertThat(cal.workingDaysLeft(at("2026-12-07T08:00"), due)).isEqualTo(-2);
  }
}
