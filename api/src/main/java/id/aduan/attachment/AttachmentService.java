package id.aduan.attachment;

import id.aduan.common.Uuids;
import id.aduan.common.Workers;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.FileTooLargeException;
import id.aduan.common.error.InvalidFileException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Accepts files for reports: JPEG, PNG, WebP or PDF recognised by content, at most 10 MB each
 * and 5 per report, images stripped of metadata. Who may attach is the report feature's call.
 */
@ApplicationScoped
public class AttachmentService {
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_PER_REPORT = 5;

  private final AttachmentRepository repository;
  private final AttachmentStorage storage;
  private final Workers workers;

  AttachmentService(AttachmentRepository repository, AttachmentStorage storage, Workers workers) {
    this.repository = repository;
    this.storage = storage;
    this.workers = workers;
  }

  /** A checked, cleaned upload, ready to store. */
  public record Prepared(String filename, String mediaType, byte[] content, String sha256) {}

  /**
   * Reads, checks and strips an uploaded file on the bounded worker pool (503 when it is full);
   * fails with 413 or 415.
   */
  public Uni<Prepared> prepare(Path file, long size, String filename) {
    if (size > MAX_BYTES) {
      return Uni.createFrom().failure(new FileTooLargeException());
    }
    return workers.run(() -> {
      byte[] raw = read(file);
      String type = MediaTypes.detect(raw).orElseThrow(() -> new InvalidFileException(
          Msg.of("attachment.type")));
      byte[] clean = MetadataStripper.strip(type, raw);
      return new Prepared(cleanName(filename, type), type, clean, sha256(clean));
    });
  }

  /** Stores the file for the report in the caller's transaction; 409 past the fifth. */
  public Uni<Attachment> store(UUID reportId, Prepared file, String uploaderRole, String uploaderSubject) {
    return repository.countOfReport(reportId).flatMap(count -> {
      if (count >= MAX_PER_REPORT) {
        throw new ConflictException(Msg.of("attachment.tooMany", "max", MAX_PER_REPORT));
      }
      Attachment a = new Attachment();
      a.id = Uuids.v7();
      a.reportId = reportId;
      a.filename = file.filename();
      a.mediaType = file.mediaType();
      a.size = file.content().length;
      a.sha256 = file.sha256();
      a.uploaderRole = uploaderRole;
      a.uploaderSubject = uploaderSubject;
      a.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      // Flushed first: the bytes go in by a native statement that references the row.
      return repository.persistAndFlush(a).call(x -> storage.put(a.id, file.content()));
    });
  }

  public Uni<List<Attachment>> list(UUID reportId) {
    return repository.ofReport(reportId);
  }

  /**
   * Publishes exactly the photos {@code ids} of a report and unpublishes the others, in the
   * caller's transaction; an id that is not an image of this report is refused, naming {@code field}.
   */
  public Uni<Void> publish(UUID reportId, java.util.Set<UUID> ids, String field) {
    return repository.ofReport(reportId).map(all -> {
      java.util.Set<UUID> photos = new java.util.HashSet<>();
      all.stream().filter(Attachment::isImage).forEach(a -> photos.add(a.id));
      for (UUID id : ids) {
        if (!photos.contains(id)) {
          throw new InvalidInputException(field, Msg.of("report.moderation.notAPhoto", "id", id));
        }
      }
      all.forEach(a -> a.published = ids.contains(a.id));
      return null;
    });
  }

  /** The published photos of a report, oldest first. */
  public Uni<List<Attachment>> published(UUID reportId) {
    return repository.ofReport(reportId).map(all -> all.stream().filter(a -> a.published && a.isImage()).toList());
  }

  /** The attachment of this report with its bytes; 404 for another report's attachment. */
  public Uni<Download> download(UUID reportId, UUID attachmentId) {
    return repository.find(reportId, attachmentId)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("attachment.notFound")))
        .flatMap(a -> storage.get(a.id).map(bytes -> new Download(a, bytes)));
  }

  public record Download(Attachment attachment, byte[] content) {}

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A safe file name: no path, no control or quoting characters, a fitting extension. */
  static String cleanName(String given, String mediaType) {
    String name = given == null ? "" : given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';]", "").strip();
    if (name.isEmpty()) {
      name = "lampiran";
    }
    if (name.length() > 150) {
      name = name.substring(0, 150);
    }
    String extension = switch (mediaType) {
      case MediaTypes.JPEG -> ".jpg";
      case MediaTypes.PNG -> ".png";
      case MediaTypes.WEBP -> ".webp";
      default -> ".pdf";
    };
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    boolean fits = lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg"));
    return fits ? name : name + extension;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
