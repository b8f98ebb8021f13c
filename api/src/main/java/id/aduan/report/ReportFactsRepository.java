package id.aduan.report;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The statistics' row of each report, by its primary key. */
@ApplicationScoped
public class ReportFactsRepository implements PanacheRepositoryBase<ReportFacts, UUID> {
}
