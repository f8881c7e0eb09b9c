using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>API tokens for machine clients, for the CLI and the administrators' pages: create, list, revoke, and check a presented one.</summary>
public sealed class ApiTokenService(KinlinkDbContext db, UserManager<KinlinkUser> users, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Makes a token recognisable in a leaked file or a log, to people and to secret scanners.</summary>
    public const string Prefix = "kinlink_";

    public const int DefaultDays = 90;

    /// <summary>A year: a forgotten token should not outlive the list exchange it was made for by much.</summary>
    public const int MaxDays = 365;

    public const int MaxNameLength = 100;

    /// <summary>"Last used" is a hint for administrators, not a log: writing it on every request would cost a write per call.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    private const int RandomBytes = 32;

    public async Task<CreatedApiToken> CreateAsync(Actor actor, string email, string name, int? days = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        name = (name ?? "").Trim();
        var errors = new Dictionary<string, string[]>();
        if (name.Length == 0)
        {
            errors["name"] = ["Give the token a name that says what it is for, like \"weekly list upload\"."];
        }
        else if (name.Length > MaxNameLength)
        {
            errors["name"] = [$"The name must be at most {MaxNameLength} characters long."];
        }

        var lifetime = days ?? DefaultDays;
        if (lifetime is < 1 or > MaxDays)
        {
            errors["days"] = [$"The token must expire after 1 to {MaxDays} days; {lifetime} is outside."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var user = await FindUserAsync(email);
        if (await db.ApiTokens.AnyAsync(t => t.UserId == user.Id && t.Name == name && t.RevokedAt == null, cancellationToken))
        {
            throw new ConflictException($"{user.Email} already has a token named '{name}': revoke it first or choose another name.");
        }

        var token = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
        var now = clock.GetUtcNow();
        var row = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            Name = name,
            Hash = HashOf(token),
            CreatedAt = now,
            CreatedBy = actor.UserName,
            ExpiresAt = now.AddDays(lifetime),
        };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.TokenCreate,
            string.Create(CultureInfo.InvariantCulture, $"API token '{name}' for {user.Email}, expires {row.ExpiresAt:yyyy-MM-dd}"), []);
        return new CreatedApiToken(user.Email!, name, token, row.ExpiresAt);
    }

    public async Task<IReadOnlyList<ApiTokenSummary>> ListAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await FindUserAsync(email);
        var now = clock.GetUtcNow();
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.Id).ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(t => t.RevokedAt is not null).ThenByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenSummary(t.Id, t.Name, t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.RevokedBy, t.LastUsedAt, t.IsActiveAt(now)))];
    }

    public async Task RevokeAsync(Actor actor, string email, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindUserAsync(email);
        name = (name ?? "").Trim();
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.UserId == user.Id && t.Name == name && t.RevokedAt == null, cancellationToken)
            ?? throw new NotFoundException($"API token of {user.Email}", name);
        token.Revoke(actor.UserName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.TokenRevoke, $"API token '{name}' of {user.Email} revoked", []);
    }

    /// <summary>
    /// The account a presented token signs in, checked on every request: the token must exist, be neither expired nor
    /// revoked, and its account must be neither disabled nor locked out. The reason for a refusal goes to the
    /// client, so it says nothing the client could not already know from its own token.
    /// </summary>
    public async Task<ApiTokenUse> AuthenticateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presented) || !presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return ApiTokenUse.Refused("The token is not a Kinlink API token.");
        }

        var hash = HashOf(presented);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null)
        {
            return ApiTokenUse.Refused("The token is not known.");
        }

        if (token.RevokedAt is not null)
        {
            return ApiTokenUse.Refused("The token was revoked.");
        }

        if (token.ExpiresAt <= now)
        {
            return ApiTokenUse.Refused("The token has expired.");
        }

        var user = await users.FindByIdAsync(token.UserId.ToString());
        if (user is null || user.IsDisabled)
        {
            return ApiTokenUse.Refused("The token's account is disabled.");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return ApiTokenUse.Refused("The token's account is locked.");
        }

        if (token.LastUsedAt is not { } lastUsed || now - lastUsed >= LastUsedResolution)
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiTokenUse(user, token.Name, null);
    }

    internal static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task<KinlinkUser> FindUserAsync(string email) =>
        await users.FindByEmailAsync((email ?? "").Trim()) ?? throw new NotFoundException("Account", email ?? "");
}
