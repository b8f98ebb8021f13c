package id.aduan.report;

import id.aduan.report.search.SearchQuery;
import id.aduan.report.search.ReportSearchService;
import id.aduan.report.search.RankCursor;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.Uuids;
import id.aduan.common.paging.Cursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.hibernate.reactive.panache.TransactionalUniAsserter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** Queries and constraints against the real PostgreSQL schema made by Flyway. */
@QuarkusTest
class ReportRepositoryTest {
  @Inject
  ReportRepository repository;

  @Inject
  Mutiny.SessionFactory sessions;

  @Inject
  ReportEvents events;

  @Inject
  ReportSearchService search;

  static Report report(String subject, Instant createdAt) {
    Report r = new Report();
    r.id = Uuids.v7();
    r.trackingCode = TrackingCodes.next();
    r.type = ReportType.COMPLAINT;
    r.status = ReportStatus.SUBMITTED;
    r.title = "Judul laporan uji";
    r.description = "Deskripsi laporan uji yang cukup panjang.";
    r.channel = Channel.WEB;
    r.reporterSubject = subject;
    r.createdAt = createdAt;
    r.updatedAt = createdAt;
    return r;
  }

  @Test
  @RunOnVertxContext
  void schemaComesFromFlyway(UniAsserter asserter) {
    asserter.assertThat(
        () -> sessions.withSession(s -> s.createNativeQuery(
                "select count(*) from flyway_schema_history where success and version = '1'", Long.class)
            .getSingleResult()),
        count -> assertThat(count).isEqualTo(1L));
  }

  @Test
  @RunOnVertxContext
  void keysetPagesHandleEqualTimestamps(TransactionalUniAsserter asserter) {
    Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String subject = "keyset-" + Uuids.v7();
    // Three reports in the same microsecond: the id breaks the tie, so none is skipped or repeated.
    List<Report> rows = List.of(report(subject, t), report(subject, t), report(subject, t), report(subject, t.minusSeconds(1)));
    asserter.execute(() -> repository.persist(rows.stream()));
    asserter.assertThat(() -> repository.pageOfReporter(subject, null, 2), first -> {
      assertThat(first).hasSize(2);
      asserter.putData("cursor", new Cursor(first.get(1).createdAt, first.get(1).id));
      asserter.putData("first", first.stream().map(r -> r.id).toList());
    });
    asserter.assertThat(() -> repository.pageOfReporter(subject, (Cursor) asserter.getData("cursor"), 10), rest -> {
      @SuppressWarnings("unchecked")
      List<java.util.UUID> first = (List<java.util.UUID>) asserter.getData("first");
      assertThat(rest).hasSize(2);
      assertThat(rest).extracting(r -> r.id).doesNotContainAnyElementsOf(first);
      assertThat(rest.get(1).createdAt).isEqualTo(t.minusSeconds(1));
    });
  }

  @Test
  @RunOnVertxContext
  void myReportsQueryUsesItsIndex(UniAsserter asserter) {
    asserter.assertThat(() -> sessions.withTransaction(s -> s.createNativeQuery("set local enable_seqscan = off").executeUpdate()
            .chain(() -> s.createNativeQuery(
                    "explain select * from report where reporter_subject = 'x' and (created_at, id) < (now(), gen_random_uuid())"
                        + " order by created_at desc, id desc limit 21", String.class)
                .getResultList())),
        plan -> assertThat(String.join("\n", plan)).contains("report_reporter_created_idx"));
  }

  @Test
  @RunOnVertxContext
  void duplicateTrackingCodeIsRefused(UniAsserter asserter) {
    Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Report a = report("dup-a", t);
    Report b = report("dup-b", t);
    b.trackingCode = a.trackingCode;
    asserter.execute(() -> Panache.withTransaction(() -> repository.persist(a)));
    asserter.assertFailedWith(() -> Panache.withTransaction(() -> repository.persist(b)).replaceWithVoid(),
        failure -> assertThat(failure).hasStackTraceContaining("report_tracking_code_uq"));
    asserter.assertThat(() -> Panache.withSession(() -> repository.findByTrackingCode(a.trackingCode)),
        found -> assertThat(found.id).isEqualTo(a.id));
  }

  @Test
  @RunOnVertxContext
  void eventsCannotBeChangedOrDeleted(UniAsserter asserter) {
    for (String change : List.of("update report_event set type = 'VERIFIED' where report_id = :id",
        "delete from report_event where report_id = :id")) {
      Report r = report("append-only", Instant.now().truncatedTo(ChronoUnit.MICROS));
      asserter.assertFailedWith(() -> sessions.withTransaction(s -> s.persist(r)
              .chain(s::flush)
              .chain(() -> s.createNativeQuery("insert into report_event (report_id, seq, type, at, actor_role)"
                  + " values (:id, 1, 'SUBMITTED', now(), 'citizen')").setParameter("id", r.id).executeUpdate())
              .chain(() -> s.createNativeQuery(change).setParameter("id", r.id).executeUpdate())),
          failure -> assertThat(failure).hasStackTraceContaining("append-only"));
    }
  }


  @Test
  @RunOnVertxContext
  void eventDetailsAreStoredAsJsonObjects(TransactionalUniAsserter asserter) {
    Report r = report("json-details", Instant.now().truncatedTo(ChronoUnit.MICROS));
    asserter.execute(() -> repository.persist(r));
    asserter.execute(() -> events.append(r, ReportEvent.Type.SUBMITTED, null, id.aduan.common.security.Caller.GUEST,
        java.util.Map.of()));
    asserter.execute(() -> events.append(r, ReportEvent.Type.HELD, ReportStatus.SUBMITTED,
        id.aduan.common.security.Caller.GUEST, java.util.Map.of("message", "Mohon lengkapi")));
    asserter.assertThat(() -> Panache.getSession().flatMap(s -> s.flush().chain(() -> s.createNativeQuery(
                "select jsonb_typeof(details) || ':' || coalesce(details->>'message', '-') from report_event"
                    + " where report_id = :id order by seq", String.class)
            .setParameter("id", r.id).getResultList())),
        rows -> assertThat(rows).containsExactly("object:-", "object:Mohon lengkapi"));
  }

  /** Inserts an agency (with its parent, if any) in the test's transaction. */
  static io.smallrye.mutiny.Uni<Integer> agency(UUID id, UUID parent) {
    return Panache.getSession().flatMap(s -> {
      var insert = s.createNativeQuery("insert into agency (id, code, name, parent_id, created_at, updated_at)"
              + " values (:id, :code, 'Dinas uji antrian', " + (parent == null ? "null" : ":parent") + ", now(), now())")
          .setParameter("id", id).setParameter("code", "Q" + id.toString().substring(24));
      if (parent != null) {
        insert.setParameter("parent", parent);
      }
      return insert.executeUpdate();
    });
  }

  static Report queued(UUID agency, ReportStatus status, Instant due) {
    Report r = report("queue", Instant.now().truncatedTo(ChronoUnit.MICROS));
    r.status = status;
    r.currentAgencyId = agency;
    if (status == ReportStatus.RESOLVED) {
      r.closeDueAt = due;
    } else {
      r.followUpDueAt = due;
    }
    return r;
  }

  /** The queue's order: due_at ('infinity' last), then the id as PostgreSQL orders uuids (their hex text). */
  static final Comparator<Report> QUEUE_ORDER = Comparator
      .comparing((Report r) -> r.currentDue() == null ? Instant.MAX : r.currentDue())
      .thenComparing(r -> r.id.toString());

  @Test
  @RunOnVertxContext
  void agencyQueueMergesItsUnitsPagesInDueOrder(TransactionalUniAsserter asserter) {
    UUID parent = Uuids.v7();
    UUID unit1 = Uuids.v7();
    UUID unit2 = Uuids.v7();
    UUID elsewhere = Uuids.v7();
    Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS).plus(3, ChronoUnit.DAYS);
    List<UUID> agencies = List.of(parent, unit1, unit2);
    List<Report> rows = new ArrayList<>();
    // Interleaved deadlines, with runs of one agency longer than a page and two reports per
    // instant (ties broken by id); then three without a clock ('infinity'), one per agency.
    int[] owners = {0, 0, 0, 1, 2, 1, 1, 2, 0, 2, 2, 2};
    for (int i = 0; i < owners.length; i++) {
      rows.add(queued(agencies.get(owners[i]), ReportStatus.FORWARDED, t.plus(i / 2, ChronoUnit.HOURS)));
    }
    for (UUID a : agencies) {
      rows.add(queued(a, ReportStatus.IN_PROGRESS, null));
    }
    List<Report> expected = rows.stream().sorted(QUEUE_ORDER).toList();
    // Not in this queue: another agency's, and a resolved one (outside the default statuses).
    rows.add(queued(elsewhere, ReportStatus.FORWARDED, t));
    rows.add(queued(unit1, ReportStatus.RESOLVED, t));

    asserter.execute(() -> agency(parent, null).chain(() -> agency(unit1, parent)).chain(() -> agency(unit2, parent))
        .chain(() -> agency(elsewhere, null)));
    asserter.execute(() -> repository.persist(rows.stream()).chain(() -> Panache.getSession().flatMap(s -> s.flush())));
    Set<ReportStatus> statuses = Set.of(ReportStatus.FORWARDED, ReportStatus.IN_PROGRESS);
    List<UUID> seen = new ArrayList<>();
    QueueCursor[] after = {null};
    for (int page = 0; page < 8; page++) {
      // Pages of 2, each asked with one row more, as InboxService does; the cursor is the last row shown.
      asserter.assertThat(() -> repository.queue(Set.copyOf(agencies), statuses, null, null, after[0], 3), got -> {
        List<Report> shown = got.subList(0, Math.min(2, got.size()));
        shown.forEach(r -> seen.add(r.id));
        if (!shown.isEmpty()) {
          Report last = shown.get(shown.size() - 1);
          after[0] = new QueueCursor(last.currentDue(), last.id);
        }
      });
    }
    asserter.execute(() -> assertThat(seen).containsExactlyElementsOf(expected.stream().map(r -> r.id).toList()));
  }

  /** Public reports with one made-up word, to search for it among everything else in the database. */
  static Report searchable(String word, Instant createdAt, ReportStatus status, String kecamatan) {
    Report r = report("search", createdAt);
    r.status = status;
    r.title = "Laporan " + word + " uji pencarian";
    r.kecamatanCode = kecamatan;
    return r;
  }

  /**
   * Every way a search chooses its candidates (ReportSearchService.candidates) pages through the
   * same matches: all of them (the index, under the cap), the newest rows (a common query), and
   * the wider window (more than the cap). Equal texts rank by recency, then by id.
   */
  @Test
  @RunOnVertxContext
  void searchPagesThroughTheSameMatchesWhicheverCandidatesItRanks(UniAsserter asserter) {
    String word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
    // Kecamatan without a name in area: a name would join the vector of some rows and change their rank.
    List<Report> rows = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      rows.add(searchable(word, t.minus(i / 2 * 10, ChronoUnit.MINUTES), i % 3 == 0 ? ReportStatus.CLOSED
          : ReportStatus.VERIFIED, i % 2 == 0 ? "99.99.04" : "99.99.01"));
    }
    rows.get(4).type = ReportType.ASPIRATION;
    Report hidden = searchable(word, t, ReportStatus.VERIFIED, "99.99.04");
    hidden.confidential = true;
    Report unverified = searchable(word, t, ReportStatus.SUBMITTED, "99.99.04");
    Report otherWord = searchable("lain", t, ReportStatus.VERIFIED, "99.99.04");
    // Committed: the search reads through the SQL client, outside any session's transaction.
    List<Report> all = new ArrayList<>(rows);
    all.addAll(List.of(hidden, unverified, otherWord));
    asserter.execute(() -> Panache.withTransaction(() -> repository.persist(all)));

    Instant from = t.minus(25, ChronoUnit.MINUTES);
    Instant to = t.minus(5, ChronoUnit.MINUTES);
    record Case(PublicFilter filter, Predicate<Report> matches) {}
    List<Case> cases = List.of(
        new Case(new PublicFilter(word, null, null, null, null, null, null, null, null), r -> true),
        new Case(new PublicFilter(word, null, null, null, ReportStatus.CLOSED, null, null, null, null),
            r -> r.status == ReportStatus.CLOSED),
        new Case(new PublicFilter(word, ReportType.COMPLAINT, null, null, null, "99.99.04", null, null, null),
            r -> r.type == ReportType.COMPLAINT && r.kecamatanCode.equals("99.99.04")),
        new Case(new PublicFilter(word, null, null, null, null, null, null, from, to),
            r -> !r.createdAt.isBefore(from) && r.createdAt.isBefore(to)));
    SearchQuery q = SearchQuery.parse(word);
    for (Case c : cases) {
      List<UUID> expected = rows.stream().filter(c.matches())
          .sorted(Comparator.comparing((Report r) -> r.createdAt).thenComparing(r -> r.id.toString()).reversed())
          .map(r -> r.id).toList();
      // {newest, common, wide, cap}: all matches (the newest rows hold too few), the newest rows
      // (one match makes the query common), the wider window (no newest rows, a cap of 1).
      for (int[] path : new int[][] {{1000, 50, 0, 1000}, {1000, 1, 0, 0}, {0, 1, 1000, 1}}) {
        List<UUID> seen = new ArrayList<>();
        String[] next = {null};
        for (int page = 0; page < 6; page++) {
          boolean first = page == 0;
          asserter.assertThat(() -> next[0] == null && !first ? Uni.createFrom().<ReportSearchService.Found>nullItem()
              : search.rankedIds(q, c.filter(), RankCursor.decode(next[0]), 2, path[0], path[1], path[2], path[3]),
              found -> {
                if (found != null) {
                  seen.addAll(found.ids());
                  next[0] = found.next();
                }
              });
        }
        asserter.execute(() -> assertThat(seen).as("filter %s, path %s", c.filter(), java.util.Arrays.toString(path))
            .containsExactlyElementsOf(expected));
      }
    }
    asserter.execute(() -> Panache.withTransaction(() -> repository.delete("id in ?1",
        all.stream().map(r -> r.id).toList())));
  }
}
