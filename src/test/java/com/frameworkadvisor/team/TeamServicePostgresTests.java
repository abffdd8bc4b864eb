package com.frameworkadvisor.team;

import com.frameworkadvisor.session.TestPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The same team decisions on PostgreSQL: its locking, conditional inserts and types, as several instances use. */
class TeamServicePostgresTests extends TeamServiceTests {

    @Override
    DataSource database() {
        DataSource postgres = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(postgres).load().migrate();
        return postgres;
    }
}
