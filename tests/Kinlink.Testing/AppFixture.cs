namespace Kinlink.Testing;

/// <summary>A test database and the app on it, made and disposed together.</summary>
public sealed class AppFixture : IAsyncDisposable
{
    private AppFixture(TestDatabase database, KinlinkAppFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public KinlinkAppFactory Factory { get; }

    public static AppFixture Start(DatabaseKind kind, bool demo = false)
    {
        var database = TestDatabase.Create(kind);
        var factory = new KinlinkAppFactory(database, demo);
        _ = factory.Server; // start now, so migrations run before the test body
        return new AppFixture(database, factory);
    }

    /// <summary>The app on a real Kestrel server on a free loopback port, for browser tests.</summary>
    public static AppFixture StartOnKestrel(DatabaseKind kind, bool demo = false)
    {
        var database = TestDatabase.Create(kind);
        var factory = new KinlinkAppFactory(database, demo);
        factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return new AppFixture(database, factory);
    }

    /// <summary>A client signed in as an account of <paramref name="role"/> (and <paramref name="party"/>); role null for a signed-out client.</summary>
    public HttpClient CreateClient(string? role = "caseworker", string? party = null) => SignedIn(Factory.CreateClient(), role, party);

    /// <summary>Adds the test sign-in headers to a client; role null leaves it signed out.</summary>
    public static HttpClient SignedIn(HttpClient client, string? role = "caseworker", string? party = null, Guid? userId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, $"{role}{(party is null ? "" : "." + party.ToLowerInvariant())}@test.example");
            client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, role);
            if (party is not null)
            {
                client.DefaultRequestHeaders.Add(TestAuthHandler.PartyHeader, party);
            }

            if (userId is not null)
            {
                client.DefaultRequestHeaders.Add(TestAuthHandler.UserIdHeader, userId.Value.ToString());
            }
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
