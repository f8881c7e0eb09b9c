using Kinlink.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>
/// Identity's store, except that two-factor recovery codes are kept hashed (Identity keeps them in clear). A recovery
/// code is as good as a password and short, so it gets the password hasher's slow hash, not a fast one.
/// </summary>
public sealed class KinlinkUserStore(KinlinkDbContext context, IPasswordHasher<KinlinkUser> hasher, IdentityErrorDescriber? describer = null)
    : UserStore<KinlinkUser, IdentityRole<Guid>, KinlinkDbContext, Guid>(context, describer)
{
    // Identity's own names for the row, so CountCodesAsync and the rest of Identity find the same row.
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string RecoveryCodeTokenName = "RecoveryCodes";

    public override Task ReplaceCodesAsync(KinlinkUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return base.ReplaceCodesAsync(user, [.. recoveryCodes.Select(code => hasher.HashPassword(user, Normalise(code)))], cancellationToken);
    }

    public override async Task<bool> RedeemCodeAsync(KinlinkUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodeTokenName, cancellationToken) ?? "";
        var hashes = stored.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var presented = Normalise(code);
        var match = hashes.FirstOrDefault(hash => hasher.VerifyHashedPassword(user, hash, presented) != PasswordVerificationResult.Failed);
        if (match is null)
        {
            return false;
        }

        // Stored as they are: the remaining entries are hashes already.
        await base.ReplaceCodesAsync(user, hashes.Where(h => !ReferenceEquals(h, match)), cancellationToken);
        return true;
    }

    /// <summary>Codes are read off paper: case and stray spaces must not matter.</summary>
    private static string Normalise(string? code) => new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}
