using System.Security.Cryptography;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>Accounts for the web app and the CLI: create, list, reset a password, lock and unlock, disable and enable, change role, two-factor set-up and reset.</summary>
public sealed class AccountService(KinlinkDbContext db, UserManager<KinlinkUser> users, RoleManager<IdentityRole<Guid>> roles, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Letters and digits that cannot be mistaken for one another when read out over a phone line.</summary>
    private const string OneTimeAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>How many recovery codes an account gets when it turns two-factor sign-in on.</summary>
    public const int RecoveryCodeCount = 10;

    public async Task<UserSummary> CreateUserAsync(string email, string role, string? partyCode, string password, string? displayName = null, CancellationToken cancellationToken = default)
    {
        email = (email ?? "").Trim();
        role = NormaliseRole(role);
        partyCode = NormalisePartyCode(partyCode);
        var errors = new Dictionary<string, string[]>();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@'))
        {
            errors["email"] = ["Enter an email address, like name@example.org."];
        }

        var party = await CheckRoleAndPartyAsync(role, partyCode, errors, cancellationToken);
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

    /// <summary>
    /// Turns two-factor sign-in on once the holder proves their app makes the right codes, and returns the recovery
    /// codes (each signs in once without the app). They are stored hashed, so this is the only time they can be shown.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnableTwoFactorAsync(KinlinkUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            throw new ValidationFailedException("code", "The code does not match: enter the 6 digits your authenticator app shows now.");
        }

        Check(await users.SetTwoFactorEnabledAsync(user, true), "code");
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
    }

    /// <summary>A disabled account cannot sign in nor use its API tokens; its sign-in sessions end at their next check.</summary>
    public async Task DisableAsync(Actor actor, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindAsync(email);
        if (string.Equals(user.Email, actor.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException("email", "You cannot disable your own account: ask another administrator.");
        }

        if (user.IsDisabled)
        {
            return;
        }

        user.DisabledAt = clock.GetUtcNow();
        Check(await users.UpdateAsync(user), "email");
        Check(await users.UpdateSecurityStampAsync(user), "email");
        audit.Record(actor, AuditActions.AccountDisable, $"Account {user.Email} disabled", []);
    }

    public async Task EnableAsync(Actor actor, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindAsync(email);
        if (!user.IsDisabled)
        {
            return;
        }

        user.DisabledAt = null;
        Check(await users.UpdateAsync(user), "email");
        audit.Record(actor, AuditActions.AccountEnable, $"Account {user.Email} enabled again", []);
    }

    /// <summary>
    /// Moves an account to another role and organisation, under the same rules as creating one. The security stamp
    /// changes, so sessions holding the old role and party end at their next check instead of living on for hours.
    /// </summary>
    public async Task<UserSummary> ChangeRoleAsync(Actor actor, string email, string role, string? partyCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindAsync(email);
        role = NormaliseRole(role);
        partyCode = NormalisePartyCode(partyCode);
        var errors = new Dictionary<string, string[]>();
        var party = await CheckRoleAndPartyAsync(role, partyCode, errors, cancellationToken);
        if (errors.Count == 0 && string.Equals(user.Email, actor.UserName, StringComparison.OrdinalIgnoreCase) && role != KinlinkRoles.Admin)
        {
            errors["role"] = ["You cannot take the administrator role from your own account: ask another administrator."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        await EnsureRolesAsync(cancellationToken);
        var before = await SummaryAsync(user, cancellationToken);
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current), "role");
        Check(await users.AddToRoleAsync(user, role), "role");
        user.PartyId = party?.Id;
        Check(await users.UpdateAsync(user), "party");
        Check(await users.UpdateSecurityStampAsync(user), "role");
        audit.Record(actor, AuditActions.AccountRoleChange,
            $"Account {user.Email}: {before.Role}, {before.PartyCode ?? AuditRecord.Intermediary} -> {role}, {partyCode ?? AuditRecord.Intermediary}", []);
        return await SummaryAsync(user, cancellationToken);
    }

    /// <summary>For a lost phone: turns two-factor sign-in off and forgets the key and the recovery codes, so the holder enrols again.</summary>
    public async Task ResetTwoFactorAsync(Actor actor, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await FindAsync(email);
        Check(await users.SetTwoFactorEnabledAsync(user, false), "email");
        // Resetting the key also changes the security stamp: sessions signed in with the old device end.
        Check(await users.ResetAuthenticatorKeyAsync(user), "email");
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        audit.Record(actor, AuditActions.AccountTwoFactorReset, $"Two-factor sign-in of {user.Email} reset", []);
    }

    public async Task<int> RecoveryCodesLeftAsync(KinlinkUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await users.CountRecoveryCodesAsync(user);
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

    private static string NormaliseRole(string? role) => (role ?? "").Trim().ToLowerInvariant();

    private static string? NormalisePartyCode(string? partyCode) => string.IsNullOrWhiteSpace(partyCode) ? null : partyCode.Trim().ToUpperInvariant();

    /// <summary>Party roles need a conflict party; intermediary roles must not have one. Adds what is wrong to <paramref name="errors"/>.</summary>
    private async Task<Party?> CheckRoleAndPartyAsync(string role, string? partyCode, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
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

        return party;
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
            user.LockoutEnd is { } end && end > now, user.LockoutEnd is { } until && until > now ? until : null, user.TwoFactorEnabled, user.MustChangePassword, user.IsDisabled);

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
