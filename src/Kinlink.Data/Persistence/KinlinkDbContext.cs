using Kinlink.Data.Access;
using Kinlink.Data.Registry.Duplicates;
using Kinlink.Data.Transmissions;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Matching;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Persistence;

/// <summary>
/// The one model. Each provider has a one-line subclass so that each keeps its own migrations
/// (Migrations/Sqlite, Migrations/Postgres); application code always asks for this base type.
/// Accounts are ASP.NET Core Identity's tables in the same database, so one backup holds everything.
/// </summary>
public abstract partial class KinlinkDbContext(DbContextOptions options) : IdentityDbContext<KinlinkUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Shadow column on persons: the name as a key that sorts alphabetically across Ukrainian and Russian.</summary>
    public const string SortNameColumn = "SortName";

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<PlaceOfDetention> Places => Set<PlaceOfDetention>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonNameForm> NameForms => Set<PersonNameForm>();

    public DbSet<StatusEvent> StatusEvents => Set<StatusEvent>();

    public DbSet<SourceList> SourceLists => Set<SourceList>();

    public DbSet<NameSearchKey> NameSearchKeys => Set<NameSearchKey>();

    public DbSet<PersonMatchKey> PersonMatchKeys => Set<PersonMatchKey>();

    public DbSet<PersonMatchSubject> PersonMatchSubjects => Set<PersonMatchSubject>();

    public DbSet<KinlinkSetting> Settings => Set<KinlinkSetting>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PersonKey> PersonKeys => Set<PersonKey>();

    public DbSet<EnquiryKey> EnquiryKeys => Set<EnquiryKey>();

    public DbSet<Kinlink.Data.Tracing.EnquiryAttachment> EnquiryAttachments => Set<Kinlink.Data.Tracing.EnquiryAttachment>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>The web servers' shared key ring for cookies and antiforgery tokens, each key encrypted (<see cref="KeyRingXmlEncryptor"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Transmission> Transmissions => Set<Transmission>();

    public DbSet<DuplicatePair> DuplicatePairs => Set<DuplicatePair>();

    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();

    public DbSet<Kinlink.Domain.Tracing.Enquiry> Enquiries => Set<Kinlink.Domain.Tracing.Enquiry>();

    public DbSet<Kinlink.Domain.Tracing.EnquiryEvent> EnquiryEvents => Set<Kinlink.Domain.Tracing.EnquiryEvent>();

    public DbSet<Kinlink.Domain.Tracing.EnquiryContact> EnquiryContacts => Set<Kinlink.Domain.Tracing.EnquiryContact>();
    public DbSet<EnquiryMatchSubject> EnquiryMatchSubjects => Set<EnquiryMatchSubject>();

    public DbSet<EnquiryMatchKey> EnquiryMatchKeys => Set<EnquiryMatchKey>();

    public DbSet<Kinlink.Data.Tracing.EnquiryCandidate> EnquiryCandidates => Set<Kinlink.Data.Tracing.EnquiryCandidate>();
    public DbSet<Kinlink.Data.Tracing.FamilyCodeFailures> FamilyCodeFailures => Set<Kinlink.Data.Tracing.FamilyCodeFailures>();

    public DbSet<Kinlink.Domain.Visits.VisitRequest> VisitRequests => Set<Kinlink.Domain.Visits.VisitRequest>();

    public DbSet<Kinlink.Domain.Visits.VisitRequestPerson> VisitRequestPersons => Set<Kinlink.Domain.Visits.VisitRequestPerson>();

    public DbSet<Kinlink.Domain.Visits.VisitRequestEvent> VisitRequestEvents => Set<Kinlink.Domain.Visits.VisitRequestEvent>();

    public DbSet<Kinlink.Domain.Visits.Visit> Visits => Set<Kinlink.Domain.Visits.Visit>();

    public DbSet<Kinlink.Domain.Visits.VisitPerson> VisitPersons => Set<Kinlink.Domain.Visits.VisitPerson>();

    public DbSet<Kinlink.Domain.Visits.VisitFollowUp> VisitFollowUps => Set<Kinlink.Domain.Visits.VisitFollowUp>();

    public DbSet<Kinlink.Domain.Mail.Message> Messages => Set<Kinlink.Domain.Mail.Message>();

    public DbSet<Kinlink.Data.Mail.MessageScan> MessageScans => Set<Kinlink.Data.Mail.MessageScan>();

    public DbSet<Kinlink.Domain.Mail.Parcel> Parcels => Set<Kinlink.Domain.Mail.Parcel>();

    public DbSet<Kinlink.Domain.Mail.ParcelLine> ParcelLines => Set<Kinlink.Domain.Mail.ParcelLine>();

    public DbSet<Kinlink.Domain.Mail.MailEvent> MailEvents => Set<Kinlink.Domain.Mail.MailEvent>();

    public DbSet<Kinlink.Domain.Mail.MailBatch> MailBatches => Set<Kinlink.Domain.Mail.MailBatch>();

    public DbSet<Kinlink.Domain.Mail.PartyMailLimit> PartyMailLimits => Set<Kinlink.Domain.Mail.PartyMailLimit>();

    public DbSet<Kinlink.Domain.Exchanges.ExchangeOperation> Exchanges => Set<Kinlink.Domain.Exchanges.ExchangeOperation>();

    public DbSet<Kinlink.Domain.Exchanges.ExchangeEntry> ExchangeEntries => Set<Kinlink.Domain.Exchanges.ExchangeEntry>();

    public DbSet<Kinlink.Domain.Exchanges.MedicalRepatriationCase> MedicalRepatriationCases => Set<Kinlink.Domain.Exchanges.MedicalRepatriationCase>();

    public DbSet<Kinlink.Domain.Exchanges.DeathNotification> DeathNotifications => Set<Kinlink.Domain.Exchanges.DeathNotification>();

    public DbSet<Kinlink.Data.Exchanges.DeathCertificate> DeathCertificates => Set<Kinlink.Data.Exchanges.DeathCertificate>();

    public DbSet<Kinlink.Domain.Exchanges.EffectsPacket> EffectsPackets => Set<Kinlink.Domain.Exchanges.EffectsPacket>();

    public DbSet<Kinlink.Domain.Exchanges.EffectsItem> EffectsItems => Set<Kinlink.Domain.Exchanges.EffectsItem>();

    public DbSet<Kinlink.Domain.Exchanges.JudicialProceeding> JudicialProceedings => Set<Kinlink.Domain.Exchanges.JudicialProceeding>();

    public DbSet<Kinlink.Domain.Exchanges.FamilyNotice> FamilyNotices => Set<Kinlink.Domain.Exchanges.FamilyNotice>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PersonId>().HaveConversion<PersonIdConverter>();
        configurationBuilder.Properties<PlaceId>().HaveConversion<PlaceIdConverter>();
        configurationBuilder.Properties<PartyId>().HaveConversion<PartyIdConverter>();
        configurationBuilder.Properties<StatusEventId>().HaveConversion<StatusEventIdConverter>();
        configurationBuilder.Properties<NameFormId>().HaveConversion<NameFormIdConverter>();
        configurationBuilder.Properties<SourceListId>().HaveConversion<SourceListIdConverter>();
        configurationBuilder.Properties<TransmissionId>().HaveConversion<TransmissionIdConverter>();
        configurationBuilder.Properties<DuplicatePairId>().HaveConversion<DuplicatePairIdConverter>();
        configurationBuilder.Properties<PersonMergeId>().HaveConversion<PersonMergeIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Tracing.EnquiryId>().HaveConversion<EnquiryIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Tracing.EnquiryEventId>().HaveConversion<EnquiryEventIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Tracing.EnquiryContactId>().HaveConversion<EnquiryContactIdConverter>();
        configurationBuilder.Properties<Kinlink.Data.Tracing.EnquiryCandidateId>().HaveConversion<EnquiryCandidateIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Visits.VisitRequestId>().HaveConversion<VisitRequestIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Visits.VisitRequestEventId>().HaveConversion<VisitRequestEventIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Visits.VisitId>().HaveConversion<VisitIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Visits.VisitFollowUpId>().HaveConversion<VisitFollowUpIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Mail.MessageId>().HaveConversion<MessageIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Mail.ParcelId>().HaveConversion<ParcelIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Mail.MailBatchId>().HaveConversion<MailBatchIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Mail.MailEventId>().HaveConversion<MailEventIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.ExchangeId>().HaveConversion<ExchangeIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.ExchangeEntryId>().HaveConversion<ExchangeEntryIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.MedicalCaseId>().HaveConversion<MedicalCaseIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.DeathNotificationId>().HaveConversion<DeathNotificationIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.EffectsPacketId>().HaveConversion<EffectsPacketIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.EffectsItemId>().HaveConversion<EffectsItemIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.JudicialProceedingId>().HaveConversion<JudicialProceedingIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Exchanges.FamilyNoticeId>().HaveConversion<FamilyNoticeIdConverter>();
        configurationBuilder.Properties<Kinlink.Domain.Tracing.EnquiryReference>().HaveConversion<EnquiryReferenceConverter>().HaveMaxLength(13);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(10);
        configurationBuilder.Properties<IntermediaryReference>().HaveConversion<IntermediaryReferenceConverter>().HaveMaxLength(12);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        IdentityTables.Rename(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KinlinkDbContext).Assembly, t => t.Namespace == typeof(KinlinkDbContext).Namespace + ".Configurations");
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BeforeSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BeforeSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Keeps derived columns and versions right whatever code path changed an entity.</summary>
    private void BeforeSave()
    {
        ChangeTracker.DetectChanges();
        SealedColumns.EnsureSealed(ChangeTracker);
        AddTransmissions();
        var touchedPersons = new HashSet<PersonId>();
        foreach (var entry in ChangeTracker.Entries<PersonNameForm>().Where(e => e.State == EntityState.Added).ToList())
        {
            touchedPersons.Add(entry.Entity.PersonId);
            foreach (var key in SearchKeysFor(entry.Entity))
            {
                NameSearchKeys.Add(new NameSearchKey { PersonId = entry.Entity.PersonId, NameFormId = entry.Entity.Id, Key = key });
            }
        }

        foreach (var entry in ChangeTracker.Entries<StatusEvent>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            touchedPersons.Add(entry.Entity.PersonId);
        }

        foreach (var entry in ChangeTracker.Entries<Person>())
        {
            if (entry.State == EntityState.Unchanged && touchedPersons.Contains(entry.Entity.Id))
            {
                entry.State = EntityState.Modified;
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var sortName = SortNameOf(entry.Entity);
                var property = entry.Property<string>(SortNameColumn);
                if (property.CurrentValue != sortName)
                {
                    property.CurrentValue = sortName;
                }
            }
        }

        WriteMatchKeys();
        WriteEnquiryMatchKeys();

        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty("Version") is null)
            {
                continue;
            }

            var version = entry.Property("Version");
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    /// <summary>
    /// Art. 122-123: every new person and every new event about a party's national is passed on to that party, in the
    /// same save (so the same transaction) as the news itself. Done here, where every path that registers persons or
    /// records events goes through, rather than in each service. Events saved with the person's registration are
    /// told by that registration; the transmission refers to the latest of them.
    /// </summary>
    private void AddTransmissions()
    {
        var persons = ChangeTracker.Entries<Person>().ToDictionary(e => e.Entity.Id);
        // A save retried after a failure still holds the transmissions the first attempt added.
        var pending = ChangeTracker.Entries<Transmission>().Where(e => e.State == EntityState.Added)
            .Select(e => (e.Entity.PersonId, e.Entity.Subject, e.Entity.Subject == TransmissionSubject.Event ? e.Entity.StatusEventId : null)).ToHashSet();
        void Transmit(PartyId recipient, PersonId person, TransmissionSubject subject, StatusEventId? statusEvent, DateTimeOffset at)
        {
            if (pending.Add((person, subject, subject == TransmissionSubject.Event ? statusEvent : null)))
            {
                Transmissions.Add(Transmission.Create(recipient, person, subject, statusEvent, at));
            }
        }

        foreach (var (_, entry) in persons.Where(p => p.Value.State == EntityState.Added))
        {
            foreach (var registration in RegistrationTransmissionsFor(entry.Entity))
            {
                if (pending.Add((registration.PersonId, registration.Subject, null)))
                {
                    Transmissions.Add(registration);
                }
            }
        }

        foreach (var entry in ChangeTracker.Entries<StatusEvent>().Where(e => e.State == EntityState.Added).ToList())
        {
            var statusEvent = entry.Entity;
            PartyId? dependsOn;
            if (persons.TryGetValue(statusEvent.PersonId, out var personEntry))
            {
                if (personEntry.State == EntityState.Added)
                {
                    continue;
                }

                dependsOn = personEntry.Entity.DependsOnPartyId;
            }
            else
            {
                // Every service records events on a tracked person; this keeps the rule for any path that does not.
                dependsOn = Persons.AsNoTracking().Where(p => p.Id == statusEvent.PersonId).Select(p => p.DependsOnPartyId).SingleOrDefault();
            }

            if (Transmission.RecipientFor(dependsOn, statusEvent.ReportedByPartyId) is { } recipient)
            {
                Transmit(recipient, statusEvent.PersonId, TransmissionSubject.Event, statusEvent.Id, statusEvent.RecordedAt);
            }
        }
    }

    /// <summary>
    /// What a new person's registration sends (art. 122-123): one transmission to the party concerned, referring to the
    /// latest of the events registered with it; none when no other party is concerned. Also used where new persons
    /// are written past the change tracker, so both paths send the same.
    /// </summary>
    internal static IEnumerable<Transmission> RegistrationTransmissionsFor(Person person)
    {
        if (Transmission.RecipientFor(person.DependsOnPartyId, person.RegisteredByPartyId) is { } recipient)
        {
            var latest = person.Events.MaxBy(e => e.Sequence);
            yield return Transmission.Create(recipient, person.Id, TransmissionSubject.Registration, latest?.Id, person.CreatedAt);
        }
    }

    /// <summary>The value of the <see cref="SortNameColumn"/> shadow column.</summary>
    internal static string SortNameOf(Person person) => SortKey.For(person.FullName);

    /// <summary>The folded forms a prefix search can start from: surname first and given name first, as written and in Latin.</summary>
    internal static IEnumerable<string> SearchKeysFor(PersonNameForm form)
    {
        var surnameFirst = string.Join(' ', new[] { form.Surname, form.GivenName, form.Patronymic }.Where(s => s.Length > 0));
        var givenFirst = string.Join(' ', new[] { form.GivenName, form.Surname }.Where(s => s.Length > 0));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { surnameFirst, givenFirst })
        {
            keys.Add(SearchText.Fold(text));
            keys.Add(SearchText.FoldLatin(text, CyrillicLanguage.Ukrainian));
            keys.Add(SearchText.FoldLatin(text, CyrillicLanguage.Russian));
        }

        keys.Remove("");
        return keys.Select(k => k.Length > 200 ? k[..200] : k);
    }
}
