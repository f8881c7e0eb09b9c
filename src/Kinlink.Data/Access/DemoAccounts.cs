using Kinlink.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>
/// One account per role and party for demo mode, all with the same published password. Demo only: the
/// password and the administrator's authenticator key are in the source and the README, so never use them
/// on a database that holds real data.
/// </summary>
public sealed class DemoAccounts(KinlinkDbContext db, AccountService accounts, UserManager<KinlinkUser> users, IUserStore<KinlinkUser> store)
{
    public const string Password = "demo-password-2026";

    /// <summary>A fixed base32 key, so the demo administrator can add it to an authenticator app once and keep it across restarts.</summary>
    public const string AdminAuthenticatorKey = "KINLINKDEMOKEYFORTHEADMINACCOUNT";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@kinlink.example", KinlinkRoles.Admin, null, AdminAuthenticatorKey),
        new("caseworker@kinlink.example", KinlinkRoles.Caseworker, null, null),
        new("delegate@kinlink.example", KinlinkRoles.Delegate, null, null),
        new("dpo@kinlink.example", KinlinkRoles.Dpo, null, null),
        new("analyst@kinlink.example", KinlinkRoles.Analyst, null, null),
        new("bureau.ru@kinlink.example", KinlinkRoles.BureauOfficer, "RU", null),
        new("liaison.ru@kinlink.example", KinlinkRoles.LiaisonOfficer, "RU", null),
        new("bureau.ua@kinlink.example", KinlinkRoles.BureauOfficer, "UA", null),
        new("liaison.ua@kinlink.example", KinlinkRoles.LiaisonOfficer, "UA", null),
    ];

    /// <summary>Creates the demo accounts when the database has none; accounts for a party that does not exist are left out.</summary>
    /// <returns>The accounts created; empty when accounts already existed.</returns>
    public async Task<IReadOnlyList<DemoAccount>> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return [];
        }

        var parties = await db.Parties.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken);
        var created = new List<DemoAccount>();
        foreach (var account in All.Where(a => a.PartyCode is null || parties.Contains(a.PartyCode)))
        {
            await accounts.CreateUserAsync(account.Email, account.Role, account.PartyCode, Password, cancellationToken: cancellationToken);
            if (account.AuthenticatorKey is { } key)
            {
                var user = await users.FindByEmailAsync(account.Email) ?? throw new InvalidOperationException($"{account.Email} was not saved.");
                await ((IUserAuthenticatorKeyStore<KinlinkUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
                await users.SetTwoFactorEnabledAsync(user, true);
            }

            created.Add(account);
        }

        return created;
    }
}
