package org.charterdesk.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's database reached through a {@link TcpProxy}, so that a test can take the database away while
 * the application stays up. The pool waits 5 seconds for a connection, as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProxiedPostgresTestConfiguration {

    private static final Pattern PORT = Pattern.compile("//([^:/]+):(\\d+)/");

    /** The proxy between the application and its database in this context. */
    public static TcpProxy proxy;

    @Bean
    @Primary
    DataSource proxiedDataSource() {
        String direct = EmbeddedPostgresServer.newDatabase();
        Matcher address = PORT.matcher(direct);
        if (!address.find()) {
            throw new IllegalStateException("No port in " + direct);
        }
        proxy = new TcpProxy(Integer.parseInt(address.group(2)));
        PostgresTestConfiguration.LeasedDataSource dataSource = new PostgresTestConfiguration.LeasedDataSource();
        dataSource.setJdbcUrl(address.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(12);
        dataSource.setConnectionTimeout(5_000);
        return dataSource;
    }
}
