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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} in a PostgreSQL table, shared by every node of a cluster: the analytics checkpoints and
 * search watermarks of camel-genesys (options {@code stateRepository} and {@code stateKey}).
 * <p>
 * Table (created at start when absent; the name is {@link #setTableName configurable}):
 * <pre>
 * CREATE TABLE genesys_state (
 *   state_key   VARCHAR(255) PRIMARY KEY,
 *   state_value TEXT NOT NULL,
 *   updated_at  TIMESTAMP WITH TIME ZONE NOT NULL)
 * </pre>
 * Every {@link #setState} is one upsert statement in its own transaction, committed before it returns: a reader (this
 * node after a restart, or the node that takes over) sees the previous value or the new one, never a part. A failed
 * write throws, so the consumer stops at that exchange instead of running ahead of its saved position.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    public static final String DEFAULT_TABLE = "genesys_state";

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private String upsert;
    private String select;

    public JdbcStateRepository() {}

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository: dataSource is required");
        }
        String table = TableDefinition.checkName("tableName", tableName);
        new TableDefinition(
                        dataSource,
                        table,
                        "CREATE TABLE IF NOT EXISTS " + table
                                + " (state_key VARCHAR(255) PRIMARY KEY, state_value TEXT NOT NULL,"
                                + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)")
                .createIfAbsent();
        upsert = "INSERT INTO " + table + " (state_key, state_value, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
                + " ON CONFLICT (state_key) DO UPDATE SET state_value = EXCLUDED.state_value,"
                + " updated_at = EXCLUDED.updated_at";
        select = "SELECT state_value FROM " + table + " WHERE state_key = ?";
    }

    @Override
    protected void doStop() {
        // the DataSource belongs to the application
    }

    @Override
    public void setState(String key, String value) {
        checkStarted(key);
        if (value == null) {
            throw new IllegalArgumentException("JdbcStateRepository: the state of '" + key + "' must not be null");
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                statement.setString(1, key);
                statement.setString(2, value);
                statement.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException(
                    "Could not save the state of '" + key + "' in table " + tableName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String getState(String key) {
        checkStarted(key);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException(
                    "Could not read the state of '" + key + "' from table " + tableName + ": " + e.getMessage(), e);
        }
    }

    private void checkStarted(String key) {
        if (upsert == null) {
            throw new IllegalStateException("JdbcStateRepository is not started (state key '" + key + "')");
        }
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** The table holding the states (default genesys_state); created when absent. */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }
}
