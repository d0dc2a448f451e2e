using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Platform.Securite;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Suivi;

/// <summary>A shared note read by an invited France Travail adviser and not by an operator; the follow-up pages checked with axe.</summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class EquipeSuiviNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Note_partagee_lue_par_le_conseiller_france_travail_invite_et_refusee_a_l_operateur()
    {
        var (personne, conseiller) = await Application.DansDepartementAsync("49", async db =>
        {
            var referent = await db.Users.Where(u => u.Email == "referent@49.passerelle.test").Select(u => u.Id).SingleAsync();
            var structure = await db.Habilitations.Where(h => h.UtilisateurId == referent && h.StructureId != null).Select(h => h.StructureId!.Value).FirstAsync();
            // A person of the test's own: oriented, given to the documented référent, with no team yet.
            var parcours = await db.Set<Parcours>().Where(p => p.DateCloture == null && p.Personne!.DossierCourantId != null
                    && !db.Set<DesignationReferent>().Any(d => d.PersonneId == p.PersonneId && d.DateFin == null))
                .OrderByDescending(p => p.Id).FirstAsync();
            db.Add(new DesignationReferent
            {
                PersonneId = parcours.PersonneId,
                ParcoursId = parcours.Id,
                StructureId = structure,
                ReferentId = referent,
                TypeOrientation = TypeOrientation.Sociale,
                DateDebut = HeureDeTest.Aujourdhui,
                DesignePar = "test",
            });
            await db.SaveChangesAsync();
            var sansEquipe = parcours.PersonneId;
            var email = await db.Habilitations.Where(h => h.Role == Role.Referent && h.Structure!.Type == TypeStructure.AgenceFranceTravail)
                .OrderByDescending(h => h.Id).Join(db.Users, h => h.UtilisateurId, u => u.Id, (h, u) => u.Email!).FirstAsync();
            return (sansEquipe, email);
        });
        var note = "Accompagnement global : point d'étape partagé " + Guid.NewGuid().ToString("N")[..6];

        await LoginAsync("referent@49");
        await Page.GotoAsync($"/personnes/{personne}");
        var inviter = Page.Locator("#form-inviter");
        await inviter.GetByLabel("Adresse électronique du professionnel").FillAsync(conseiller);
        await inviter.GetByLabel("Fonction dans l'équipe").FillAsync("Conseiller France Travail");
        await inviter.GetByLabel("Jusqu'au").FillAsync(HeureDeTest.Aujourdhui.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await inviter.GetByRole(AriaRole.Button, new() { Name = "Inviter" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("ajouté à l'équipe");
        var consentement = Page.Locator("#form-consentement");
        await consentement.GetByLabel("Donné le").FillAsync(HeureDeTest.Aujourdhui.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await consentement.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le consentement" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Consentement au partage enregistré");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Écrire une note ou consigner un contact" }).ClickAsync();
        var journal = Page.Locator("#form-journal");
        await journal.GetByLabel("Texte ou résumé").FillAsync(note);
        await journal.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Note enregistrée");
        await AssertAccessibleAsync();

        await Page.Context.ClearCookiesAsync();
        await LoginAsync(conseiller);
        await Page.GotoAsync($"/personnes/{personne}");
        await Expect(Page.Locator("#journal")).ToContainTextAsync(note);
        await Page.GotoAsync($"/personnes/{personne}/parcours");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Parcours de");
        await Expect(Page.Locator("#chronologie")).ToContainTextAsync("Conseiller France Travail");
        await AssertAccessibleAsync();

        await Page.Context.ClearCookiesAsync();
        await LoginAsync("operateur@49");
        await Page.GotoAsync($"/personnes/{personne}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await Expect(Page.GetByText(note)).ToHaveCountAsync(0);
    }
}
