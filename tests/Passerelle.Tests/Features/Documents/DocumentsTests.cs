using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Suivi;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Documents;

/// <summary>Uploads checked by their content, stored encrypted outside the web root, downloaded as attachments within the scope, audit-logged.</summary>
public sealed class DocumentsTests(Application app) : IClassFixture<Application>
{
    private static async Task<string> DeposerAsync(Navigateur navigateur, int personneId, string nom, byte[] octets)
    {
        var reponse = await navigateur.DeposerAsync($"/personnes/{personneId}", [], nom, octets, $"/personnes/{personneId}/documents?handler=Deposer");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await navigateur.PageAsync($"/personnes/{personneId}")).QuerySelector(".fr-alert")?.TextContent.Trim() ?? "";
    }

    private Task<List<DocumentPersonne>> DocumentsAsync(int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<DocumentPersonne>().AsNoTracking().Where(d => d.PersonneId == personneId).ToListAsync());

    [Fact]
    public async Task Pdf_depose_est_chiffre_sur_disque_et_telecharge_en_piece_jointe_journalisee()
    {
        var suivi = await DonneesSuivi.CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        var pdf = FichiersDeTest.Pdf("Attestation de domicile");
        Assert.Contains("déposé", await DeposerAsync(referent, suivi.PersonneId, "attestation.pdf", pdf), StringComparison.Ordinal);

        var document = Assert.Single(await DocumentsAsync(suivi.PersonneId));
        Assert.True(document.Chiffre);
        var disque = await File.ReadAllBytesAsync(Path.Combine(app.DossierImports, "documents", document.Chemin));
        Assert.False(disque.AsSpan().IndexOf("Attestation de domicile"u8) >= 0);

        var reponse = await referent.GetAsync($"/personnes/{suivi.PersonneId}/documents/{document.Id}");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal(pdf, await reponse.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", reponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", reponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", reponse.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.Consultation && a.Objet == nameof(DocumentPersonne) && a.ObjetId == document.Id.ToString())));
    }

    [Fact]
    public async Task Executable_renomme_en_pdf_et_pdf_renomme_en_image_sont_refuses()
    {
        var suivi = await DonneesSuivi.CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        Assert.Equal(ControleFichier.Inconnu, await DeposerAsync(referent, suivi.PersonneId, "facture.pdf", FichiersDeTest.Executable()));
        Assert.Contains("renommez-le", await DeposerAsync(referent, suivi.PersonneId, "photo.png", FichiersDeTest.Pdf()), StringComparison.Ordinal);
        Assert.Empty(await DocumentsAsync(suivi.PersonneId));
    }

    [Fact]
    public async Task Archive_bombe_est_refusee_et_document_word_accepte()
    {
        var suivi = await DonneesSuivi.CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        var bombe = FichiersDeTest.BombeZip(300);
        Assert.True(bombe.Length < 1024 * 1024, $"La bombe fait {bombe.Length} octets compressée.");
        Assert.Contains("archive piégée", await DeposerAsync(referent, suivi.PersonneId, "cv.docx", bombe), StringComparison.Ordinal);
        Assert.Empty(await DocumentsAsync(suivi.PersonneId));

        Assert.Contains("déposé", await DeposerAsync(referent, suivi.PersonneId, "cv.docx", FichiersDeTest.Docx()), StringComparison.Ordinal);
        Assert.Equal(ControleFichier.Docx.TypeContenu, Assert.Single(await DocumentsAsync(suivi.PersonneId)).TypeContenu);
    }

    [Fact]
    public async Task Envoi_de_200_mo_est_refuse_en_francais_sans_etre_lu()
    {
        var suivi = await DonneesSuivi.CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        var page = await referent.PageAsync($"/personnes/{suivi.PersonneId}");
        var jeton = page.QuerySelector("#form-document input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var contenu = new MultipartFormDataContent { { new StringContent(jeton), "__RequestVerificationToken" }, { new ContenuVolumineux(200L * 1024 * 1024), "fichier", "enorme.pdf" } };
        var reponse = await referent.Client.PostAsync(new Uri($"/personnes/{suivi.PersonneId}/documents?handler=Deposer", UriKind.Relative), contenu);

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var message = (await referent.PageAsync($"/personnes/{suivi.PersonneId}")).QuerySelector(".fr-alert")?.TextContent;
        Assert.Contains("Le fichier dépasse la taille maximale acceptée", message, StringComparison.Ordinal);
        Assert.Empty(await DocumentsAsync(suivi.PersonneId));
    }

    [Fact]
    public async Task Document_hors_perimetre_ou_d_une_autre_personne_repond_404()
    {
        var suivi = await DonneesSuivi.CreerAsync(app);
        var autre = await DonneesSuivi.CreerAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, suivi.Referent.Login);
        await DeposerAsync(referent, suivi.PersonneId, "a.pdf", FichiersDeTest.Pdf());
        var document = Assert.Single(await DocumentsAsync(suivi.PersonneId));
        using var etranger = await Navigateur.ConnecteAsync(app, autre.Referent.Login);

        Assert.Equal(HttpStatusCode.NotFound, (await etranger.GetAsync($"/personnes/{suivi.PersonneId}/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/personnes/{autre.PersonneId}/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await etranger.GetAsync($"/api/v1/personnes/{suivi.PersonneId}/documents/{document.Id}")).StatusCode);
    }

    [Fact]
    public async Task Cle_d_api_depose_et_relit_un_document_et_un_executable_est_refuse()
    {
        var suivi = await DonneesSuivi.CreerAsync(app);
        var (cle, _) = await ClesDeTest.CreerAsync(app, "49", [PorteesApi.DocumentsLecture, PorteesApi.DocumentsEcriture]);
        using var robot = ClesDeTest.Robot(app, cle);
        var depot = await robot.PostAsync(new Uri($"/api/v1/personnes/{suivi.PersonneId}/documents?nom=releve.pdf", UriKind.Relative), new ByteArrayContent(FichiersDeTest.Pdf()));
        Assert.Equal(HttpStatusCode.Created, depot.StatusCode);
        var id = (await depot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var refus = await robot.PostAsync(new Uri($"/api/v1/personnes/{suivi.PersonneId}/documents?nom=releve.pdf", UriKind.Relative), new ByteArrayContent(FichiersDeTest.Executable()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        var trop = await robot.PostAsync(new Uri($"/api/v1/personnes/{suivi.PersonneId}/documents?nom=gros.pdf", UriKind.Relative), new ContenuVolumineux(200L * 1024 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, trop.StatusCode);

        var liste = await robot.GetFromJsonAsync<JsonElement>($"/api/v1/personnes/{suivi.PersonneId}/documents");
        Assert.Equal([id], liste.EnumerateArray().Select(d => d.GetProperty("id").GetInt32()));
        Assert.Equal(FichiersDeTest.Pdf(), await robot.GetByteArrayAsync(new Uri($"/api/v1/personnes/{suivi.PersonneId}/documents/{id}", UriKind.Relative)));
    }
}
