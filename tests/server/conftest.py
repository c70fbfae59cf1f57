from tests.pgcluster import pg_cluster, postgres_url  # noqa: F401 - fixtures for the PostgreSQL tests
