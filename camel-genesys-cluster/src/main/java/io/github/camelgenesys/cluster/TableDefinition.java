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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A table that must exist before a node uses it: created with its DDL when absent, at start. Several nodes starting at
 * once may race to create it; the loser's error is ignored when the table exists afterwards. Usable as a bean (YAML
 * {@code initMethod: createIfAbsent}) for the tables of a pipeline's sink.
 */
public final class TableDefinition {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private DataSource dataSource;
    private String name;
    private String ddl;

    public TableDefinition() {}

    public TableDefinition(DataSource dataSource, String name, String ddl) {
        this.dataSource = dataSource;
        this.name = name;
        this.ddl = ddl;
    }

    /** Checks a table name given by configuration: it is put into SQL text, so only plain identifiers pass. */
    static String checkName(String option, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    option + " must be a plain SQL identifier (letters, digits, _; optionally"
                            + " schema.table; at most 63 characters each), was '" + value + "'");
        }
        return value;
    }

    public void createIfAbsent() {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource is required to create table " + name);
        }
        checkName("name", name);
        if (ddl == null || ddl.isBlank()) {
            throw new IllegalArgumentException("ddl is required to create table " + name);
        }
        if (exists()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(ddl);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // another node created it at the same moment
            if (!exists()) {
                throw new IllegalStateException("Could not create table " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private boolean exists() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + name + " WHERE 1 = 0").close();
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getName() {
        return name;
    }

    /** The table's name (as used in the DDL), checked for existence before the DDL runs. */
    public void setName(String name) {
        this.name = name;
    }

    public String getDdl() {
        return ddl;
    }

    /** The CREATE TABLE statement (one statement). */
    public void setDdl(String ddl) {
        this.ddl = ddl;
    }
}
