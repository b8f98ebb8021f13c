package id.aduan.common;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import java.util.function.Function;

/** Checks shared by the hierarchies (agencies, categories). */
public final class Trees {
  private Trees() {}

  /** The messages for the field {@code parentId}, in the words of one hierarchy. */
  public record Words(Msg itself, Msg missing, Msg descendant) {}

  /**
   * A node's new parent must exist and be neither the node itself nor one of its descendants
   * (the tree would become a loop). Walks up from the parent; {@code self} is null for a new node.
   */
  public static <T> Uni<Void> checkParent(UUID self, UUID parentId, Function<UUID, Uni<T>> find,
      Function<T, UUID> parentOf, Words words) {
    if (parentId == null) {
      return Uni.createFrom().voidItem();
    }
    if (parentId.equals(self)) {
      return Uni.createFrom().failure(new InvalidInputException("parentId", words.itself()));
    }
    return find.apply(parentId).flatMap(parent -> {
      if (parent == null) {
        throw new InvalidInputException("parentId", words.missing());
      }
      return self == null ? Uni.createFrom().voidItem() : walkUp(self, parentId, parent, find, parentOf, words);
    });
  }

  private static <T> Uni<Void> walkUp(UUID self, UUID id, T node, Function<UUID, Uni<T>> find,
      Function<T, UUID> parentOf, Words words) {
    if (id.equals(self)) {
      return Uni.createFrom().failure(new InvalidInputException("parentId", words.descendant()));
    }
    UUID up = parentOf.apply(node);
    if (up == null) {
      return Uni.createFrom().voidItem();
    }
    return find.apply(up).flatMap(n -> n == null ? Uni.createFrom().voidItem() : walkUp(self, up, n, find, parentOf, words));
  }
}
