using System.Collections.Concurrent;
using Kinlink.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kinlink.Data.Reports;

/// <summary>
/// The dashboard's last count per party scope (the intermediary's, and each party's officers'), kept in this server's
/// memory. A count younger than half the maximum age is served as it is; an older one is still served while a recount
/// runs in the background, so a request never waits when a recent count exists; one older than the maximum age (the
/// first after start, or after a long quiet spell) is recounted while the request waits. One recount per scope runs at
/// a time, whoever asked. Each server keeps its own copy, so two servers may show counts of different moments, each
/// never older than the maximum age, and a change shows on the dashboard only once a later count has been taken.
/// </summary>
public sealed class DashboardCache(IServiceScopeFactory scopes, DashboardSettings settings, TimeProvider clock, ILogger<DashboardCache> logger)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>The figures of the scope an actor counts in: the intermediary's (every section) or one party's (persons only).</summary>
    public async Task<Dashboard> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var scope = ScopeOf(actor);
        var slot = _slots.GetOrAdd(scope, _ => new Slot());
        var figures = Volatile.Read(ref slot.Figures);
        if (figures is not null)
        {
            var age = clock.GetUtcNow() - figures.CountedAt;
            if (age <= settings.MaximumAge)
            {
                if (age >= settings.MaximumAge / 2)
                {
                    _ = Recount(scope, slot);
                }

                return figures;
            }
        }

        return await Recount(scope, slot).WaitAsync(cancellationToken);
    }

    /// <summary>"" for the intermediary's staff (and the public form, which is refused every section but the persons); a party's code otherwise.</summary>
    internal static string ScopeOf(Actor actor) => actor.IsIntermediary ? "" : actor.PartyCode!.Trim().ToUpperInvariant();

    private Task<Dashboard> Recount(string scope, Slot slot)
    {
        lock (slot)
        {
            if (slot.Running is { IsCompleted: false } running)
            {
                return running;
            }

            var recount = CountAsync(scope, slot);
            slot.Running = recount;
            return recount;
        }
    }

    private async Task<Dashboard> CountAsync(string scope, Slot slot)
    {
        // Off the request's thread and token: the count belongs to every request of the scope, not to the one that started it.
        await Task.Yield();
        try
        {
            await using var services = scopes.CreateAsyncScope();
            var dashboard = services.ServiceProvider.GetRequiredService<DashboardService>();
            var (sections, actor) = scope.Length == 0
                ? (DashboardService.AllSections, Actor.System)
                : (DashboardSections.Persons, new Actor("dashboard", scope));
            var started = clock.GetTimestamp();
            var figures = await dashboard.CountAsync(sections, actor, CancellationToken.None);
            Volatile.Write(ref slot.Figures, figures);
            // What a count costs tells an operator how to choose the maximum age.
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Counted the dashboard of scope '{Scope}' in {Milliseconds:0} ms", Name(scope), clock.GetElapsedTime(started).TotalMilliseconds);
            }
            return figures;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Counting the dashboard of scope '{Scope}' failed", Name(scope));
            throw;
        }
    }

    private static string Name(string scope) => scope.Length == 0 ? "intermediary" : scope;

    private sealed class Slot
    {
        public Dashboard? Figures;

        public Task<Dashboard>? Running;
    }
}
