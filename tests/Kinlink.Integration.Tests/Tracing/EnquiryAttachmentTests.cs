using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Kinlink.Integration.Tests.Access;
using Kinlink.Integration.Tests.Web;
using Kinlink.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Tracing;

public class EnquiryAttachmentTests
{
    /// <summary>A JPEG's signature and a marker that must never be found in the stored bytes.</summary>
    internal static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF marker-of-the-family-photo"u8.ToArray(), 0xFF, 0xD9];
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "IHDR png body"u8.ToArray()];
    internal static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"u8.ToArray();

    private static async Task<(AppFixture App, HttpClient Client, string Reference)> StartAsync(DatabaseKind kind)
    {
        var app = AppFixture.Start(kind);
        await TestRegistry.SeedAsync(app.Factory.Services);
        var client = app.CreateClient("caseworker");
        var created = await (await client.PostAsJsonAsync("/api/enquiries", EnquiryTestKit.ValidBody())).Content.ReadFromJsonAsync<JsonElement>();
        return (app, client, created.GetProperty("reference").GetString()!);
    }

    internal static MultipartFormDataContent Form(byte[] bytes, string fileName, string? kind, string declaredType = "image/jpeg", string? caption = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }

        return form;
    }

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_photo_is_stored_encrypted_listed_and_downloaded_as_an_attachment_with_its_checked_type(DatabaseKind kind)
    {
        var (app, client, reference) = await StartAsync(kind);
        await using var _ = app;

        // A Windows path and a misleading declared type: the name is cut to its last part, the type read from the content.
        var response = await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(Jpeg, "C:\\Users\\h\\photo <Sasha>.jpg", "photo", "application/octet-stream", "Олександр, 2023"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = added.GetProperty("id").GetGuid();
        Assert.Equal($"/api/enquiries/{reference}/attachments/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("photo Sasha.jpg", added.GetProperty("fileName").GetString());
        Assert.Equal("image/jpeg", added.GetProperty("contentType").GetString());
        Assert.Equal(Jpeg.Length, added.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Jpeg)), added.GetProperty("sha256").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/attachments");
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal("photo", item.GetProperty("kind").GetString());
        Assert.Equal("Олександр, 2023", item.GetProperty("caption").GetString());
        Assert.Equal("caseworker@test.example", item.GetProperty("createdBy").GetString());

        var download = await client.GetAsync($"/api/enquiries/{reference}/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Jpeg, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("photo Sasha.jpg", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));

        await using var db = app.Database.NewContext();
        var stored = await db.EnquiryAttachments.AsNoTracking().SingleAsync();
        Assert.False(stored.Content.AsSpan().IndexOf("marker-of-the-family-photo"u8) >= 0, "the photo's bytes are stored in clear");
        Assert.StartsWith("v1:", stored.Caption, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_png_photo_and_a_pdf_document_are_taken(DatabaseKind kind)
    {
        var (app, client, reference) = await StartAsync(kind);
        await using var _ = app;

        var png = await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(Png, "scan", "photo", "image/png"));
        var pdf = await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(Pdf, "military-id.PDF", "document", "application/pdf"));

        Assert.Equal(HttpStatusCode.Created, png.StatusCode);
        Assert.Equal(HttpStatusCode.Created, pdf.StatusCode);
        Assert.Equal("scan.png", (await png.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileName").GetString());
        var document = await pdf.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/pdf", document.GetProperty("contentType").GetString());
        Assert.Equal("military-id.PDF", document.GetProperty("fileName").GetString());
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/attachments")).GetArrayLength());
    }

    public static TheoryData<DatabaseKind, string, string, string?> Refusals()
    {
        var data = new TheoryData<DatabaseKind, string, string, string?>();
        foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
        {
            data.Add(kind, "script-named-jpg", "file", "photo");
            data.Add(kind, "empty", "file", "photo");
            data.Add(kind, "pdf-as-photo", "file", "photo");
            data.Add(kind, "jpeg", "kind", "portrait");
            data.Add(kind, "jpeg", "kind", null);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Refusals))]
    public async Task A_file_of_another_type_an_empty_file_or_a_wrong_kind_is_refused_naming_the_field_and_nothing_is_stored(DatabaseKind kind, string content, string field, string? attachmentKind)
    {
        var (app, client, reference) = await StartAsync(kind);
        await using var _ = app;
        var bytes = content switch
        {
            "script-named-jpg" => "<html><script>alert(1)</script></html>"u8.ToArray(),
            "empty" => [],
            "pdf-as-photo" => Pdf,
            _ => Jpeg,
        };

        var response = await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(bytes, "photo.jpg", attachmentKind, "image/jpeg"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsOf(response);
        Assert.True(errors.TryGetProperty(field, out var messages), errors.ToString());
        Assert.NotEmpty(messages.EnumerateArray().Single().GetString()!);
        await using var db = app.Database.NewContext();
        Assert.Equal(0, await db.EnquiryAttachments.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_file_over_the_configured_limit_is_refused_with_413_naming_the_file(DatabaseKind kind)
    {
        var (app, _, reference) = await StartAsync(kind);
        await using var __ = app;
        await using var limited = app.Factory.WithWebHostBuilder(b => b.UseSetting("Kinlink:Tracing:AttachmentMaxBytes", "1000"));
        using var client = AppFixture.SignedIn(limited.CreateClient(), "caseworker");
        byte[] large = [.. Jpeg, .. new byte[1000]];

        var response = await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(large, "large.jpg", "photo"));
        var small = await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(Jpeg, "small.jpg", "photo"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1000 bytes", (await ErrorsOf(response)).GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, small.StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Party_accounts_and_analysts_are_refused_and_the_dpo_reads_but_does_not_upload(DatabaseKind kind)
    {
        var (app, client, reference) = await StartAsync(kind);
        await using var _ = app;
        var id = (await (await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(Jpeg, "p.jpg", "photo"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        foreach (var (role, party) in new[] { ("bureau-officer", "UA"), ("liaison-officer", "RU"), ("analyst", (string?)null) })
        {
            using var other = app.CreateClient(role, party);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/enquiries/{reference}/attachments")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/enquiries/{reference}/attachments/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/enquiries/{reference}/attachments", Form(Jpeg, "p.jpg", "photo"))).StatusCode);
        }

        using var dpo = app.CreateClient("dpo");
        Assert.Equal(HttpStatusCode.OK, (await dpo.GetAsync($"/api/enquiries/{reference}/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dpo.PostAsync($"/api/enquiries/{reference}/attachments", Form(Jpeg, "p.jpg", "photo"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/enquiries/{reference}/attachments/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Uploads_and_downloads_are_audited_and_an_erased_key_makes_the_file_gone(DatabaseKind kind)
    {
        var (app, client, reference) = await StartAsync(kind);
        await using var _ = app;
        var before = await AuditTestKit.LastSequenceAsync(app);
        var id = (await (await client.PostAsync($"/api/enquiries/{reference}/attachments", Form(Jpeg, "p.jpg", "photo", caption: "підпис"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await client.GetAsync($"/api/enquiries/{reference}/attachments/{id}")).EnsureSuccessStatusCode();

        var entries = await AuditTestKit.EntriesAfterAsync(app, before, atLeast: 2);
        var upload = Assert.Single(entries, e => e.Entry.Action == AuditActions.EnquiryAttachmentUpload);
        var download = Assert.Single(entries, e => e.Entry.Action == AuditActions.EnquiryAttachmentDownload);
        Assert.Contains(reference, upload.Entry.Summary, StringComparison.Ordinal);
        Assert.Contains(id.ToString(), download.Entry.Summary, StringComparison.Ordinal);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
            var enquiryReference = EnquiryReference.Parse(reference);
            var enquiryId = await db.Enquiries.Where(e => e.Reference == enquiryReference).Select(e => e.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<FieldEncryption>().EraseEnquiryKeyAsync(enquiryId);
        }

        var gone = await client.GetAsync($"/api/enquiries/{reference}/attachments/{id}");
        Assert.True(gone.StatusCode == HttpStatusCode.Gone, $"{gone.StatusCode}: {await gone.Content.ReadAsStringAsync()}");
        Assert.Contains("erased", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/enquiries/{reference}/attachments");
        Assert.Equal(JsonValueKind.Null, Assert.Single(list.EnumerateArray()).GetProperty("caption").ValueKind);
    }

    [SkippableTheory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_attachments_page_lists_the_files_and_its_form_adds_one(DatabaseKind kind)
    {
        var (app, _, reference) = await StartAsync(kind);
        await using var __ = app;
        using var browser = app.Browser("caseworker");
        var (response, page) = await browser.GetPageAsync($"/Tracing/Enquiries/{reference}/Attachments");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(UiResources.English["Attachments.None"], page, StringComparison.Ordinal);

        var form = Form(Pdf, "passport.pdf", "document");
        form.Add(new StringContent(HtmlPage.AntiforgeryToken(page)), "__RequestVerificationToken");
        var posted = await browser.PostAsync($"/Tracing/Enquiries/{reference}/Attachments", form);
        var after = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("passport.pdf", after, StringComparison.Ordinal);
        Assert.Contains($"/api/enquiries/{reference}/attachments/", after, StringComparison.Ordinal);

        var bad = Form(Encoding.UTF8.GetBytes("not a pdf"), "passport.pdf", "document");
        bad.Add(new StringContent(HtmlPage.AntiforgeryToken(page)), "__RequestVerificationToken");
        var refused = await (await browser.PostAsync($"/Tracing/Enquiries/{reference}/Attachments", bad)).Content.ReadAsStringAsync();
        Assert.Contains("error-summary", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"#file\"", refused, StringComparison.Ordinal);
    }
}
