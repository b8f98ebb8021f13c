package id.aduan.report.intake;

import id.aduan.report.Channel;
import id.aduan.report.ReportSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/assisted-reports}: a complainant's report, entered by an official. */
public record AssistedReport(
    @NotNull(message = "is required") Channel channel,
    @Size(max = 2000, message = "must be at most {max} characters long") String sourceUrl,
    @Pattern(regexp = "id|en", message = "must be id or en") String language,
    @Valid @NotNull(message = "is required") ReportSubmission report) {}
