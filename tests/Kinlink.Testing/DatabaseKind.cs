namespace Kinlink.Testing;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
