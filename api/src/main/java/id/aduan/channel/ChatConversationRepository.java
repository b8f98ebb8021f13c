package id.aduan.channel;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

/** Guided chats in progress. */
@ApplicationScoped
@WithSession
class ChatConversationRepository implements PanacheRepositoryBase<ChatConversation, ChatConversation.Key> {}
