using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Pilotage.Drees;

namespace Passerelle.Tests.Features.Pilotage.Drees;

/// <summary>
/// What <see cref="LectureDrees"/> reads for 31/12/2011 (a year the demo data does not reach), each source read whole and
/// joined in memory: the latest right row by id up to 31/12, only for an applicant or spouse of that row's dossier, never a
/// merged person; the latest entry; a foyer from its present members; validated orientations of RSA parcours decided
/// before 1/1 in legal time.
/// </summary>
public sealed class LectureDreesTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Fin = new(2011, 12, 31);

    private sealed record Jeu(int Dem, int Cjt, int Enfant, int Fusionnee, int AutreDossier, int Ferme, int Dossier, int Seul, int Isole, int Decision);

    private Task<Jeu> SemerAsync() => app.DansDepartementAsync("49", async db =>
    {
        DossierRsa D(string numero) => new() { NumDemRsa = numero, Organisme = "CAF", NumeroOrganisme = "491", Matricule = numero, SituationFamille = "MAR", EtatDroit = "2", Empreinte = "x", DateDemande = new(2009, 4, 1) };
        var (foyer, seul) = (D("LECTDREES1"), D("LECTDREES2"));
        db.AddRange(foyer, seul);
        await db.SaveChangesAsync();
        Personne P(string nom) => new() { Nom = nom, NomNaissance = nom, Prenoms = "A", Sexe = "2", CleIdentite = nom + " A", DateNaissance = new(1975, 1, 1) };
        var (dem, cjt, enfant, ancien, fusionnee, autre, ferme, isole, petit) = (P("LDDEM"), P("LDCJT"), P("LDENF"), P("LDANCIEN"), P("LDFUS"), P("LDAUTRE"), P("LDFERME"), P("LDSEUL"), P("LDPETIT"));
        db.AddRange(dem, cjt, enfant, ancien, fusionnee, autre, ferme, isole, petit);
        await db.SaveChangesAsync();
        fusionnee.FusionneeDansId = dem.Id;
        void M(DossierRsa d, Personne p, string role, bool present = true) => db.Add(new MembreFoyer { DossierId = d.Id, PersonneId = p.Id, Role = role, Present = present, SoumisDroitsDevoirs = role != "ENF" });
        M(foyer, dem, "DEM");
        M(foyer, cjt, "CJT");
        M(foyer, enfant, "ENF");
        M(foyer, ancien, "CJT", present: false);
        M(foyer, fusionnee, "CJT", present: false);
        M(foyer, ferme, "CJT", present: false);
        M(seul, isole, "DEM");
        M(seul, petit, "ENF", present: false);
        M(seul, autre, "CJT", present: false);
        void H(Personne p, DossierRsa d, DateOnly date, string etat, EvenementDroit e) =>
            db.Add(new HistoriqueDroit { PersonneId = p.Id, DossierId = d.Id, DateEffet = date, EtatDroit = etat, SoumisDroitsDevoirs = true, Evenement = e });
        H(dem, foyer, new(2011, 2, 1), "2", EvenementDroit.NouvelEntrant);
        H(dem, foyer, new(2011, 6, 1), "6", EvenementDroit.Sortie);
        H(dem, foyer, new(2011, 9, 1), "2", EvenementDroit.Retour);
        H(cjt, foyer, new(2011, 3, 1), "Z", EvenementDroit.NouvelEntrant);
        H(cjt, foyer, new(2012, 1, 5), "6", EvenementDroit.Sortie);
        H(enfant, foyer, new(2011, 3, 1), "2", EvenementDroit.NouvelEntrant);
        H(fusionnee, foyer, new(2011, 3, 1), "2", EvenementDroit.NouvelEntrant);
        // Open in a dossier where the person is not an adult member: not counted.
        H(autre, foyer, new(2011, 3, 1), "2", EvenementDroit.NouvelEntrant);
        // Written later (higher id) with an earlier date: the flux order wins, the right is closed.
        H(ferme, foyer, new(2011, 5, 1), "2", EvenementDroit.NouvelEntrant);
        H(ferme, foyer, new(2011, 4, 1), "6", EvenementDroit.Sortie);
        H(isole, seul, new(2010, 7, 1), "2", EvenementDroit.SituationInitiale);
        await db.SaveChangesAsync();

        Parcours Pa(Personne p, string publicSuivi, DateOnly? cloture) => new()
        {
            PersonneId = p.Id,
            DateEntree = new(2011, 2, 1),
            CodeRegles = ReglesNationales.CodeDecret2025,
            EcheanceOrientation = new(2011, 3, 15),
            Public = publicSuivi,
            DateCloture = cloture,
            Etape = cloture is null ? EtapeParcours.AInviter : EtapeParcours.Clos,
        };
        var (rsa, plie) = (Pa(dem, Parcours.PublicRsa, new(2012, 3, 1)), Pa(dem, "PLIE", null));
        db.AddRange(rsa, plie);
        await db.SaveChangesAsync();
        DecisionOrientation O(Parcours p, StatutDecision statut, DateTime decideeLe) => new()
        {
            ParcoursId = p.Id,
            PersonneId = dem.Id,
            Type = TypeOrientation.Sociale,
            Origine = OrigineOrientation.Automatique,
            Statut = statut,
            Motif = "Essai",
            ProposeeLe = decideeLe,
            ProposeePar = "essai",
            DecideeLe = decideeLe,
        };
        var retenue = O(rsa, StatutDecision.Validee, new DateTime(2011, 10, 1, 8, 0, 0, DateTimeKind.Utc));
        db.AddRange(retenue, O(plie, StatutDecision.Validee, new DateTime(2011, 10, 2, 8, 0, 0, DateTimeKind.Utc)),
            O(rsa, StatutDecision.Refusee, new DateTime(2011, 11, 2, 8, 0, 0, DateTimeKind.Utc)),
            // 1 January 2012 at 00:30 in Paris: after 31/12 in legal time, although still 2011 in UTC.
            O(rsa, StatutDecision.Validee, new DateTime(2011, 12, 31, 23, 30, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();
        return new Jeu(dem.Id, cjt.Id, enfant.Id, fusionnee.Id, autre.Id, ferme.Id, foyer.Id, seul.Id, isole.Id, retenue.Id);
    });

    [Fact]
    public async Task Lit_les_adultes_ouverts_au_31_decembre_leurs_entrees_leurs_foyers_et_orientations()
    {
        var jeu = await SemerAsync();
        var donnees = await app.DansDepartementAsync("49", (_, services) => services.GetRequiredService<LectureDrees>().LireAsync(Fin.Year, CancellationToken.None));

        var sdd = donnees.Sdd.Where(p => p.DossierId == jeu.Dossier || p.DossierId == jeu.Seul).OrderBy(p => p.PersonneId).ToList();
        Assert.Equal([(jeu.Dem, jeu.Dossier), (jeu.Cjt, jeu.Dossier), (jeu.Isole, jeu.Seul)], sdd.Select(p => (p.PersonneId, p.DossierId)));
        Assert.Equal(new DateOnly(1975, 1, 1), sdd[0].DateNaissance);
        Assert.Equal(new DateOnly(2011, 9, 1), donnees.Entrees[jeu.Dem]);
        Assert.Equal(new DateOnly(2011, 3, 1), donnees.Entrees[jeu.Cjt]);
        Assert.Equal(new DateOnly(2011, 5, 1), donnees.Entrees[jeu.Ferme]);

        Assert.Equal(new FoyerDrees(jeu.Dossier, jeu.Dem, Couple: true, Enfants: true, new(2009, 4, 1)), donnees.Foyers[jeu.Dossier]);
        Assert.Equal(new FoyerDrees(jeu.Seul, jeu.Isole, Couple: false, Enfants: false, new(2009, 4, 1)), donnees.Foyers[jeu.Seul]);

        var orientation = Assert.Single(donnees.Orientations, o => o.PersonneId == jeu.Dem);
        Assert.Equal((jeu.Decision, new DateOnly(2011, 10, 1), (DateOnly?)new DateOnly(2012, 3, 1)), (orientation.Id, orientation.Date, orientation.ClotureParcours));
    }
}
