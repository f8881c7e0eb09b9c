using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// One prepared INSERT on SQLite's own statement handle, its values bound by position for each row and the
/// statement reset after it. Microsoft.Data.Sqlite's command looks every parameter up by name and infers its type on
/// each execution, which cost more than SQLite's insert itself; the values here are bound as that library binds
/// them (ids and times as the same text, booleans as 0 and 1), so the stored rows are the same.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 _connection;
    private readonly sqlite3_stmt _statement;
    private readonly IReadOnlyList<string> _columns;

    public SqliteRowStatement(sqlite3 connection, string sql, IReadOnlyList<string> columns)
    {
        _connection = connection;
        _columns = columns;
        Check(raw.sqlite3_prepare_v2(connection, sql, out _statement));
    }

    public void Write(object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            var index = i + 1;
            var result = row[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                Guid id => raw.sqlite3_bind_text(_statement, index, id.ToString().ToUpperInvariant()),
                bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                short number => raw.sqlite3_bind_int64(_statement, index, number),
                byte number => raw.sqlite3_bind_int64(_statement, index, number),
                double real => raw.sqlite3_bind_double(_statement, index, real),
                float real => raw.sqlite3_bind_double(_statement, index, real),
                DateTimeOffset time => raw.sqlite3_bind_text(_statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
                DateTime time => raw.sqlite3_bind_text(_statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
                DateOnly day => raw.sqlite3_bind_text(_statement, index, day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
                byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
                Enum value => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
                var other => throw new NotSupportedException($"Column {_columns[i]}: a {other.GetType().Name} value has no binding here."),
            };
            Check(result);
        }

        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(step);
        }
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(_connection).utf8_to_string(), result);
        }
    }

    public void Dispose() => _statement.Dispose();
}
