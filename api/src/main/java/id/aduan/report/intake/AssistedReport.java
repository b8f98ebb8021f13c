package id.aduan.report.intake;

import id.aduan.report.Channel;
import id.aduan.report.ReportSubmission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/assisted-reports}: a complainant's report, entered by an official. */
public record AssistedReport(
    @NotNull(message = "{validation.required}") Channel channel,
    @Size(max = 2000, message = "{validation.tooLong}") String sourceUrl,
    @Pattern(regexp = "id|en", message = "{report.assisted.language}") String language,
    @Valid @NotNull(message = "{validation.required}") ReportSubmission report) {}
