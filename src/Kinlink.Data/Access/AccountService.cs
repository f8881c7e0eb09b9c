using System.Security.Cryptography;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>Accounts for the web app and the CLI: create, list, reset a password, lock and unlock, two-factor set-up.</summary>
public sealed class AccountService(KinlinkDbContext db, UserManager<KinlinkUser> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
{
    /// <summary>Letters and digits that cannot be mistaken for one another when read out over a phone line.</summary>
    private const string OneTimeAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public async Task<UserSummary> CreateUserAsync(string email, string role, string? partyCode, string password, string? displayName = null, CancellationToken cancellationToken = default)
    {
        email = (email ?? "").Trim();
        role = (role ?? "").Trim().ToLowerInvariant();
        partyCode = string.IsNullOrWhiteSpace(partyCode) ? null : partyCode.Trim().ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@'))
        {
            errors["email"] = ["Enter an email address, like name@example.org."];
        }

        if (!KinlinkRoles.IsKnown(role))
        {
            errors["role"] = [$"'{role}' is not a role: use {string.Join(", ", KinlinkRoles.All)}."];
        }
        else if (KinlinkRoles.IsPartyRole(role) && partyCode is null)
        {
            errors["party"] = [$"The role {role} belongs to a party's authority: give the party (for example RU or UA)."];
        }
        else if (!KinlinkRoles.IsPartyRole(role) && partyCode is not null)
        {
            errors["party"] = [$"The role {role} belongs to the intermediary: leave the party out (party roles are {string.Join(", ", KinlinkRoles.Party)})."];
        }

        Party? party = null;
        if (partyCode is not null && !errors.ContainsKey("party"))
        {
            party = await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.Code == partyCode, cancellationToken);
            if (party is null || party.Kind != PartyKind.ConflictParty)
            {
                errors["party"] = [$"'{partyCode}' is not a conflict party."];
            }
        }

        var passwordErrors = await PasswordErrorsAsync(password, cancellationToken);
        if (passwordErrors.Count > 0)
        {
            errors["password"] = [.. passwordErrors];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException($"An account with the email {email} already exists.");
        }

        await EnsureRolesAsync(cancellationToken);
        var user = new KinlinkUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(),
            PartyId = party?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, password), "password");
        Check(await users.AddToRoleAsync(user, role), "role");
        return await SummaryAsync(user, cancellationToken);
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from user in db.Users.AsNoTracking()
            join party in db.Parties.AsNoTracking() on user.PartyId equals party.Id into parties
            from party in parties.DefaultIfEmpty()
            select new { User = user, PartyCode = party == null ? null : party.Code }).ToListAsync(cancellationToken);
        var roleNames = await (
            from userRole in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var roleOf = roleNames.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => string.Join(",", g.Select(r => r.Name).Order(StringComparer.Ordinal)));
        return [.. rows
            .Select(r => Summary(r.User, roleOf.GetValueOrDefault(r.User.Id, ""), r.PartyCode))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<UserSummary> GetAsync(string email, CancellationToken cancellationToken = default) =>
        await SummaryAsync(await FindAsync(email), cancellationToken);

    /// <summary>
    /// An administrator's reset: sets <paramref name="newPassword"/>, or makes a one-time password when none is
    /// given. A one-time password must be changed at the next sign-in, since the administrator has seen it.
    /// Also lifts a lockout, which is usually why the reset was asked for.
    /// </summary>
    public async Task<PasswordReset> ResetPasswordAsync(string email, string? newPassword, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(email);
        var oneTime = string.IsNullOrEmpty(newPassword);
        var password = oneTime ? RandomNumberGenerator.GetString(OneTimeAlphabet, 16) : newPassword!;
        var problems = await PasswordErrorsAsync(password, cancellationToken);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["password"] = [.. problems] });
        }

        Check(await users.RemovePasswordAsync(user), "password");
        Check(await users.AddPasswordAsync(user, password), "password");
        user.MustChangePassword = oneTime;
        Check(await users.UpdateAsync(user), "password");
        await UnlockAsync(user);
        return new PasswordReset(user.Email!, password, oneTime);
    }

    /// <summary>The holder's own change, which also ends a one-time password's "change it first" state.</summary>
    public async Task ChangePasswordAsync(KinlinkUser user, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problems = await PasswordErrorsAsync(newPassword, cancellationToken);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["newPassword"] = [.. problems] });
        }

        if (string.Equals(currentPassword, newPassword, StringComparison.Ordinal))
        {
            throw new ValidationFailedException("newPassword", "Choose a password different from the current one.");
        }

        var result = await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword);
        if (!result.Succeeded)
        {
            throw new ValidationFailedException("currentPassword", "The current password is not right.");
        }

        user.MustChangePassword = false;
        Check(await users.UpdateAsync(user), "newPassword");
    }

    public async Task LockUntilAsync(string email, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(email);
        Check(await users.SetLockoutEndDateAsync(user, until), "email");
    }

    public async Task UnlockAsync(string email, CancellationToken cancellationToken = default) => await UnlockAsync(await FindAsync(email));

    /// <summary>The shared key an authenticator app needs; made on first use and kept until two-factor sign-in is on.</summary>
    public async Task<string> AuthenticatorKeyAsync(KinlinkUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user), "code");
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return key!;
    }

    /// <summary>Turns two-factor sign-in on once the holder proves their app makes the right codes.</summary>
    public async Task EnableTwoFactorAsync(KinlinkUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            throw new ValidationFailedException("code", "The code does not match: enter the 6 digits your authenticator app shows now.");
        }

        Check(await users.SetTwoFactorEnabledAsync(user, true), "code");
    }

    /// <summary>Makes the seven roles if they are missing, so a fresh database takes its first account.</summary>
    public async Task EnsureRolesAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.Roles.AsNoTracking().Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in KinlinkRoles.All.Where(r => !existing.Contains(r)))
        {
            Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }), "role");
        }
    }

    private async Task UnlockAsync(KinlinkUser user)
    {
        Check(await users.SetLockoutEndDateAsync(user, null), "email");
        Check(await users.ResetAccessFailedCountAsync(user), "email");
    }

    private async Task<KinlinkUser> FindAsync(string email) =>
        await users.FindByEmailAsync((email ?? "").Trim()) ?? throw new NotFoundException("Account", email ?? "");

    private async Task<IReadOnlyList<string>> PasswordErrorsAsync(string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password))
        {
            return ["Enter a password."];
        }

        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await validator.ValidateAsync(users, null!, password);
            problems.AddRange(result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort)
                ? $"The password must be at least {PasswordPolicy.MinimumLength} characters long."
                : e.Description));
        }

        return problems;
    }

    private async Task<UserSummary> SummaryAsync(KinlinkUser user, CancellationToken cancellationToken)
    {
        var role = string.Join(",", (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal));
        var partyCode = user.PartyId is { } partyId
            ? await db.Parties.AsNoTracking().Where(p => p.Id == partyId).Select(p => p.Code).SingleAsync(cancellationToken)
            : null;
        return Summary(user, role, partyCode);
    }

    /// <summary>Identity sets and judges lockouts by the system clock (it takes no TimeProvider), so "locked" is judged by it here too.</summary>
    private static UserSummary Summary(KinlinkUser user, string role, string? partyCode) => Summary(user, role, partyCode, DateTimeOffset.UtcNow);

    private static UserSummary Summary(KinlinkUser user, string role, string? partyCode, DateTimeOffset now) =>
        new(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName, role, partyCode,
            user.LockoutEnd is { } end && end > now, user.LockoutEnd is { } until && until > now ? until : null, user.TwoFactorEnabled, user.MustChangePassword);

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
