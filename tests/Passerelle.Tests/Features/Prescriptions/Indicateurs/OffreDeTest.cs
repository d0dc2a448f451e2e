using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Offre;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Prescriptions.Indicateurs;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Tests.Features.Prescriptions.Indicateurs;

/// <summary>Rows written straight to the database, as the prescriptions' services would leave them, for figures known in advance.</summary>
internal static class OffreDeTest
{
    /// <summary>A new operator structure of 49 of its own, so that a test's figures by structure hold only its actions.</summary>
    public static Task<int> StructureAsync(Application app, string nom) => app.DansDepartementAsync("49", async db =>
    {
        var structure = new Structure
        {
            Nom = $"{nom} {Guid.NewGuid().ToString("N")[..6]}",
            Type = TypeStructure.AssociationDelegataire,
            Siret = string.Concat(Enumerable.Range(0, 14).Select(_ => (char)('0' + Random.Shared.Next(10)))),
            Adresse = "1 rue de l'Essai",
            CodeInsee = "49007",
        };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        return structure.Id;
    });

    /// <summary>A published action of the structure under the first fiche of 49, with its funded places.</summary>
    public static async Task<int> ActionAsync(Application app, int structureId, params (DateOnly Debut, DateOnly Fin, int Places)[] places)
    {
        var fiche = await OffreTests.FicheAsync(app);
        return await app.DansDepartementAsync("49", async db =>
        {
            var action = new ActionInsertion
            {
                FicheActionId = fiche,
                StructureId = structureId,
                Nom = "Action d'essai " + Guid.NewGuid().ToString("N")[..6],
                Description = "Une action d'essai.",
                Type = "accompagnement",
                CodeInsee = "49007",
                Statut = StatutAction.Publiee,
                ModifieePar = "essai",
                Places = [.. places.Select(p => new PlacesFinancees { Debut = p.Debut, Fin = p.Fin, Places = p.Places })],
            };
            db.Set<ActionInsertion>().Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });
    }

    /// <summary>A prescription sent at <paramref name="prescriteLe"/> (UTC); entered and exited when the dates are given.</summary>
    public static Prescription Prescription(int actionId, int structureId, int personneId, DateTime prescriteLe, DateOnly? entree = null, DateOnly? sortie = null,
        TypeSortieAction? type = null, int? territoireId = null, bool rsa = true, StatutPrescription? statut = null) => new()
        {
            ActionInsertionId = actionId,
            StructureId = structureId,
            PersonneId = personneId,
            PrescripteurId = "essai",
            PrescripteurNom = "Référent d'essai",
            PrescriteLe = DateTime.SpecifyKind(prescriteLe, DateTimeKind.Utc),
            Motif = "Essai des indicateurs.",
            TerritoireId = territoireId,
            BeneficiaireRsa = rsa,
            Partage = new InformationsPartagees("ESSAI", "Camille"),
            Statut = statut ?? (sortie is not null ? StatutPrescription.Terminee : entree is not null ? StatutPrescription.EnCours : StatutPrescription.Envoyee),
            DateEntree = entree,
            DateSortie = sortie,
            TypeSortie = type,
        };

    public static Task AjouterAsync(Application app, IEnumerable<Prescription> prescriptions) => app.DansDepartementAsync("49", async db =>
    {
        db.Set<Prescription>().AddRange(prescriptions);
        await db.SaveChangesAsync();
    });

    /// <summary>A person of 49 of their own, for figures that count distinct persons.</summary>
    public static Task<int> NouvellePersonneAsync(Application app) => app.DansDepartementAsync("49", async db =>
    {
        var personne = new Personne
        {
            Civilite = "MME",
            Nom = "ESSAI",
            NomNaissance = "ESSAI",
            Prenoms = "Camille",
            Sexe = "2",
            DateNaissance = new DateOnly(1988, 4, 12),
            CleIdentite = $"ESSAI CAMILLE {Guid.NewGuid():N}",
        };
        db.Personnes.Add(personne);
        await db.SaveChangesAsync();
        return personne.Id;
    });

    /// <summary>Any person of 49, for figures that do not count persons.</summary>
    public static Task<int> PersonneAsync(Application app) => app.DansDepartementAsync("49", db => db.Personnes.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    public static Task<TableauOffre> CalculerAsync(Application app, DateOnly du, DateOnly au, DecoupageOffre par = DecoupageOffre.Departement,
        int? actionId = null, int? structureId = null, int? territoireId = null) =>
        app.DansDepartementAsync("49", (_, services) => services.GetRequiredService<IndicateursOffre>().CalculerAsync(
            new SelectionOffre(new Periode(du, au), par, actionId, null, structureId is int s ? [s] : null, territoireId is int t ? [t] : null), CancellationToken.None));
}
