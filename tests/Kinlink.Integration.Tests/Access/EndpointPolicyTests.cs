using Kinlink.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Access;

public sealed class EndpointPolicyTests
{
    /// <summary>The policies that allow writing: the registry's, and a party officer's acknowledging what was transmitted to the party.</summary>
    private static readonly string[] WritePolicies = ["RegistryWrite", "TransmissionsReceive"];

    /// <summary>The fallback policy already asks for sign-in; a named policy on every API route says what else it needs, and a write must ask for more than reading.</summary>
    [Fact]
    public async Task Every_api_route_names_a_policy_and_every_write_needs_registry_writing()
    {
        await using var app = AppFixture.Start(DatabaseKind.Sqlite);
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(endpoints);

        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
            if (policies.Count == 0)
            {
                problems.Add($"{endpoint.DisplayName}: no policy");
            }

            if (methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE") && !policies.Any(WritePolicies.Contains))
            {
                problems.Add($"{endpoint.DisplayName}: a write without RegistryWrite (or, for acknowledging transmissions, TransmissionsReceive)");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
