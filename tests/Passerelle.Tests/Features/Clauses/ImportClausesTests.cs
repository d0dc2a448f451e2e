using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Dossiers;
using Passerelle.Tests.Features.Imports.Tableur;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Tests.Features.Clauses.ClausesDeTest;

namespace Passerelle.Tests.Features.Clauses;

/// <summary>A facilitator's monthly file that adds people: registered on their contract by the form's rules, linked to their parcours, all or nothing.</summary>
public sealed class ImportClausesTests(Application app) : IClassFixture<Application>
{
    private static readonly string[] Entetes = ["N° de marché", "Nom", "Prénom", "Né le", "Mois", "Heures réalisées", "SIRET", "NIR"];

    [Fact]
    public async Task Csv_windows_1252_verifie_puis_inscrit_les_nouvelles_personnes_et_les_rattache_a_leur_parcours()
    {
        using var robot = await RobotAsync(app);
        var numero = Numero();
        var marche = await MarcheAsync(robot, numero);
        await ParticipantAsync(robot, marche, "Ancienne", "Hélène", "1979-08-21");
        var parNom = await ParcoursDeTest.CreerAsync(app);
        var nir = DonneesDossiers.NirUnique("2", "90", "03");
        var nomNir = DonneesDossiers.NomUnique();
        var dossier = await DonneesDossiers.CreerAsync(app, DonneesDossiers.Angers, "49007", "ANGERS", new PersonneDeTest(nomNir, "JULIE", new DateOnly(1990, 3, 9), Nir: nir));
        await ParcoursDeTest.SynchroniserAsync(app);
        var inconnue = DonneesDossiers.NomUnique("ZOE");
        using var facilitateur = await Navigateur.ConnecteAsync(app, "facilitateur@49");
        byte[] Fichier(string naissanceInconnue) => LecteurFluxCnaf.Windows1252.GetBytes(TableurDeTest.Csv(
        [
            [numero, "ANCIENNE", "Hélène", "21/08/1979", "03/2025", "70", "", ""],
            [numero, parNom.Nom, "Camille", "12/04/1985", "03/2025", "17,5", "", ""],
            [numero, $"{nomNir} Épouse", "Julie", "09/03/1990", "03/2025", "35", "", nir],
            [numero, inconnue, "Zoé", naissanceInconnue, "03/2025", "42", "", ""],
            [numero, inconnue, "Zoé", naissanceInconnue, "04/2025", "21,5", "", ""],
        ], entetes: Entetes));
        Task<int> ParticipantsAsync() => app.DansDepartementAsync("49", db => db.Set<ParticipationClause>().CountAsync(p => p.MarcheClauseId == marche));

        var refus = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [], "heures.csv", Fichier("03/03/2015")));
        Assert.Equal(["5", "6"], refus.QuerySelectorAll("#erreurs-import tbody tr th").Select(th => th.TextContent));
        Assert.Equal("5date de naissanceLa date de naissance doit donner un âge de 16 à 100 ans.", refus.QuerySelector("#erreurs-import tbody tr")?.TextContent);
        Assert.Equal(1, await ParticipantsAsync());

        var verification = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [new("Verification", "true")], "heures.csv", Fichier("03/03/1995")));
        Assert.StartsWith("Vérification seulement, rien n'a été enregistré : 5 ligne(s) seraient enregistrée(s), 186 h au total ; 3 participant(s) seraient créé(s) dont 2 rattaché(s)",
            verification.QuerySelector("#resultat-import")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, verification.QuerySelectorAll("#inscriptions-import tbody tr").Length);
        Assert.Equal(1, await ParticipantsAsync());
        Assert.Equal(0m, await RealiseesAsync(robot, marche, 2025));

        var import = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [], "heures.csv", Fichier("03/03/1995")));
        Assert.Equal("5 ligne(s) enregistrée(s), 186 h au total ; 3 participant(s) créé(s) dont 2 rattaché(s) à leur parcours.", import.QuerySelector("#resultat-import")?.TextContent);
        Assert.Equal(4, await ParticipantsAsync());
        Assert.Equal(186m, await RealiseesAsync(robot, marche, 2025));
        var liens = await app.DansDepartementAsync("49", db => db.Set<ParticipationClause>().Where(p => p.MarcheClauseId == marche)
            .Select(p => new { p.Participant!.Nom, p.Participant.PersonneId }).ToDictionaryAsync(p => p.Nom, p => p.PersonneId));
        Assert.Equal(parNom.PersonneId, liens[parNom.Nom]);
        Assert.Equal(dossier.Personnes[0], liens[$"{nomNir} Épouse"]);
        Assert.Null(liens[inconnue]);
    }

    [Fact]
    public async Task Xlsx_refuse_un_nir_faux_en_nommant_sa_colonne_puis_inscrit_la_personne_sur_un_second_marche()
    {
        using var robot = await RobotAsync(app);
        var (premier, second) = (await MarcheAsync(robot, Numero()), Numero());
        var idSecond = await MarcheAsync(robot, second);
        var nom = DonneesDossiers.NomUnique("XLSX");
        await ParticipantAsync(robot, premier, nom, "Léon", "1992-06-15");
        using var facilitateur = await Navigateur.ConnecteAsync(app, "facilitateur@49");
        byte[] Classeur(string nir)
        {
            using var xlsx = TableurDeTest.Xlsx([[second, nom, "Léon", "15/06/1992", "05/2025", "35,5", "", nir]], Entetes);
            return xlsx.ToArray();
        }

        var refus = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [], "heures.xlsx", Classeur("12345")));
        Assert.StartsWith("2NIRLe NIR doit comporter 13 caractères", refus.QuerySelector("#erreurs-import tbody tr")?.TextContent, StringComparison.Ordinal);

        var import = await Navigateur.DocumentAsync(await facilitateur.DeposerAsync("/clauses/import", [], "heures.xlsx", Classeur("")));
        Assert.Equal("1 ligne(s) enregistrée(s), 35,5 h au total ; 0 participant(s) créé(s), 1 participant(s) déjà connu(s) inscrit(s) sur un autre marché.",
            import.QuerySelector("#resultat-import")?.TextContent);
        Assert.Equal(35.5m, await RealiseesAsync(robot, idSecond, 2025));
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Set<ParticipantClause>().CountAsync(p => p.Cle == NormalisationNom.CleIdentite(nom, "Léon"))));
    }
}
