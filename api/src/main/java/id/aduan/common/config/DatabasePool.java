package id.aduan.common.config;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * The database pool as Quarkus configures it, with two bounds Quarkus has no setting for: how
 * many requests may wait for a connection and for how long. Past either, a request fails at once
 * and is answered 503 with Retry-After (ProblemMapper), instead of waiting Vert.x's 30 seconds
 * while a burst holds every connection.
 */
@Singleton
public class DatabasePool implements PgPoolCreator {
  private final AppConfig.Database settings;

  DatabasePool(AppConfig config) {
    this.settings = config.database();
  }

  @Override
  public Pool create(Input input) {
    var options = input.poolOptions()
        .setMaxWaitQueueSize(settings.maxWaiting())
        .setConnectionTimeout((int) settings.connectionTimeout().toMillis())
        .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
    return PgBuilder.pool().with(options).connectingTo(new java.util.ArrayList<io.vertx.sqlclient.SqlConnectOptions>(input.pgConnectOptionsList())).using(input.vertx()).build();
  }
}
