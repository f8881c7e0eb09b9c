namespace Kinlink.Data.Access;

/// <summary>The actions the audit trail records; kept in one place so the UI can filter on them.</summary>
public static class AuditActions
{
    public const string PersonSearch = "person.search";
    public const string PersonRead = "person.read";
    public const string PersonCreate = "person.create";
    public const string PersonUpdate = "person.update";
    public const string PersonEvent = "person.event";
    public const string HealthWorklist = "person.health-worklist";
    public const string PersonsExport = "persons.export";
    public const string ListImport = "list.import";
    public const string PlaceRead = "place.read";
    public const string TransmissionFeed = "transmission.feed";
    public const string TransmissionAcknowledge = "transmission.acknowledge";
    public const string TransmissionOverview = "transmission.overview";
}
