using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda.MesRendezVous;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Agenda;

/// <summary>
/// A référent records yesterday's appointment with a write-up and finds it in « Mes rendez-vous »; a structure
/// head moves a référent's persons, some to one colleague and the rest to another, and the loads follow.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class RendezVousEtPortefeuilleNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Referent_enregistre_le_rendez_vous_d_hier_avec_un_compte_rendu_et_le_retrouve_dans_mes_rendez_vous()
    {
        var hier = HeureDeTest.Aujourdhui.AddDays(-1);
        var personne = await Application.DansDepartementAsync("49", db => db.Set<Parcours>()
            .Where(p => p.DateCloture == null && p.Etape == EtapeParcours.Accompagne && p.DateEntree < hier && db.Users.Any(u => u.Id == p.ReferentId && u.Email == "referent@49.passerelle.test"))
            .OrderBy(p => p.Id).Select(p => new { p.PersonneId, p.Personne!.Nom }).FirstAsync());

        await LoginAsync("referent@49");
        await Page.GotoAsync($"/personnes/{personne.PersonneId}");
        await Page.Locator("#apres-coup summary").ClickAsync();
        var formulaire = Page.Locator("#form-apres-coup");
        await formulaire.GetByLabel("Type de rendez-vous").SelectOptionAsync("Suivi");
        await formulaire.GetByLabel("Date").FillAsync(hier.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await formulaire.GetByLabel("Heure").FillAsync("16:15");
        await formulaire.GetByLabel("Issue").SelectOptionAsync("Honore");
        await formulaire.GetByLabel("Compte rendu").FillAsync("Bilan de la formation : la personne vise une entrée en mars.");
        await AssertAccessibleAsync();
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le rendez-vous" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("enregistré");
        await Expect(Page.Locator("#rendez-vous")).ToContainTextAsync("entrée en mars");

        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mes rendez-vous" }).First.ClickAsync();
        if (SemaineIso.LundiDe(hier) != SemaineIso.LundiDe(HeureDeTest.Aujourdhui)) await Page.Locator("#semaine-precedente").ClickAsync();
        await Expect(Page.Locator("#liste-semaine")).ToContainTextAsync(personne.Nom);
        await Expect(Page.Locator("#grille-semaine")).ToContainTextAsync("16 h 15");
        await AssertAccessibleAsync();
        await Page.Locator("#liste-semaine").GetByRole(AriaRole.Link, new() { Name = personne.Nom, Exact = false }).First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/personnes/{personne.PersonneId}"));
    }

    [Fact]
    public async Task Responsable_transfere_le_portefeuille_d_un_referent_a_deux_collegues_et_les_charges_suivent()
    {
        var (sortant, premier, second, nombre) = await Application.DansDepartementAsync("49", async db =>
        {
            var modele = await db.Users.SingleAsync(u => u.Email == "referent@49.passerelle.test");
            var responsable = await db.Users.Where(u => u.Email == "responsable@49.passerelle.test").Select(u => u.Id).SingleAsync();
            var ccas = await db.Habilitations.Where(h => h.Role == Role.ResponsableStructure && h.UtilisateurId == responsable).Select(h => h.StructureId!.Value).FirstAsync();
            var nouveaux = Enumerable.Range(0, 3).Select(_ => NouveauReferent(modele, ccas)).ToList();
            db.Users.AddRange(nouveaux);
            // Three followed persons of other référents become the leaving référent's: the test owns the whole move.
            var suivies = await db.Set<DesignationReferent>().Where(d => d.DateFin == null && d.ReferentId != modele.Id)
                .Join(db.Set<Parcours>().Where(p => p.DateCloture == null && p.Etape == EtapeParcours.Accompagne), d => d.ParcoursId, p => p.Id, (d, p) => new { d, p })
                .OrderByDescending(x => x.p.Id).Take(3).ToListAsync();
            foreach (var x in suivies) (x.d.ReferentId, x.d.StructureId, x.p.ReferentId, x.p.StructureId) = (nouveaux[0].Id, ccas, nouveaux[0].Id, ccas);
            await db.SaveChangesAsync();
            return (nouveaux[0].Id, nouveaux[1].Id, nouveaux[2].Id, suivies.Count);
        });
        Assert.Equal(3, nombre);

        await LoginAsync("responsable@49");
        await Page.GotoAsync("/structure");
        await Page.Locator("#lien-transfert").ClickAsync();
        await Page.GetByLabel("Référent dont le portefeuille est transféré").SelectOptionAsync(sortant);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Voir ses personnes" }).ClickAsync();
        var lignes = Page.Locator("#personnes-sortant tbody tr");
        await Expect(lignes).ToHaveCountAsync(3);
        await lignes.First.Locator("select").SelectOptionAsync(premier);
        await Page.Locator($"label[for='dest-{second}']").ClickAsync();
        await Page.GetByLabel("Motif du transfert").SelectOptionAsync("Conge");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Transférer les personnes cochées" }).ClickAsync();

        await Expect(Page.Locator(".fr-alert--success")).ToContainTextAsync("transférée");
        await Expect(Page.Locator($"#referents tr[data-referent='{sortant}'] .personnes")).ToHaveTextAsync("0");
        await Expect(Page.Locator($"#referents tr[data-referent='{premier}'] .personnes")).ToHaveTextAsync("1");
        await Expect(Page.Locator($"#referents tr[data-referent='{second}'] .personnes")).ToHaveTextAsync("2");
    }

    private static Utilisateur NouveauReferent(Utilisateur modele, int structure)
    {
        var email = $"transfert-{Guid.NewGuid():N}@49.passerelle.test";
        var user = new Utilisateur
        {
            Id = Guid.NewGuid().ToString(),
            Prenom = "Test",
            Nom = $"TRANSFERT{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}",
            DepartementId = modele.DepartementId,
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = modele.PasswordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.Habilitations.Add(new Habilitation { UtilisateurId = user.Id, Role = Role.Referent, StructureId = structure });
        return user;
    }
}
