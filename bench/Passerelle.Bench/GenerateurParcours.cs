using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Bench;

internal sealed record VolumesGeneres(int Personnes, int Dossiers, int Parcours, int Designations, int RendezVous, int Referents, int Creneaux);

/// <summary>
/// Persons at scale without the CNAF import (about 450 foyers a second, hours for 2,000,000 persons):
/// dossiers, persons, foyer members, rights history, open parcours at a realistic step, open référent
/// designations and appointments, written set by set through the application's <see cref="EcritureEnsembliste"/>
/// (keys from the database, links from navigations), one département at a time. Every person
/// is an SDD demandeur or conjoint with an open right; deadlines come from <see cref="Parcours.CalculerEcheances"/>
/// with the national rule set in force at the entry date, as <see cref="SynchronisationParcours"/> would.
/// Référents are added to the demo structures until each carries about <see cref="ChargeReferent"/> persons.
/// </summary>
/// <param name="contexte">A context working as the given département: the writer only writes rows of the current one.</param>
internal sealed class GenerateurParcours(AppDbContext db, Func<int, AppDbContext> contexte, DateOnly aujourdhui, int graine)
{
    private const int ChargeReferent = 115;
    private const int Paquet = 20_000;

    /// <summary>Share of each step among open parcours (cumulated in this order).</summary>
    private static readonly (EtapeParcours Etape, double Part)[] Etapes =
    [
        (EtapeParcours.AInviter, 0.15), (EtapeParcours.Invite, 0.10), (EtapeParcours.Convoque, 0.05), (EtapeParcours.AOrienter, 0.08),
        (EtapeParcours.OrientationProposee, 0.05), (EtapeParcours.SansReferent, 0.12), (EtapeParcours.Accompagne, 0.45),
    ];

    private static readonly (TypeOrientation Type, double Part)[] Types =
        [(TypeOrientation.Professionnelle, 0.45), (TypeOrientation.SocioProfessionnelle, 0.35), (TypeOrientation.Sociale, 0.20)];

    private static readonly string[] Noms =
        ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY",
         "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER",
         "LEFEVRE", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER", "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA",
         "PERRIN", "ROBIN", "CLEMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "MARCHAND", "DUVAL", "DENIS",
         "DUMONT", "MARIE", "LEMAIRE", "NOEL", "MEYER", "DUFOUR", "MEUNIER", "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIERE", "LUCAS", "BRUNET",
         "GAILLARD", "BARBIER", "ARNAUD", "MARTINEZ", "GERARD", "ROCHE", "RENARD", "SCHMITT", "ROY", "LEROUX", "COLIN", "VIDAL", "CARON", "PICARD",
         "ROGER", "FABRE", "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX", "OLIVIER", "PHILIPPE", "BOURGEOIS", "PIERRE", "BENOIT", "REY",
         "LECLERC", "PAYET", "ROLLAND", "LECLERCQ", "GUILLAUME", "LECOMTE", "LOPEZ", "JEAN", "DUPUY", "GUILLOT", "HUBERT", "BERGER", "CARPENTIER",
         "SANCHEZ", "DUPUIS", "MOULIN", "LOUIS", "DESCHAMPS", "HUET", "VASSEUR", "PEREZ", "BOUCHER", "FLEURY", "ROYER", "KLEIN", "JACQUET", "ADAM"];

    private static readonly string[] PrenomsF =
        ["MARIE", "NATHALIE", "ISABELLE", "SYLVIE", "CATHERINE", "SANDRINE", "CELINE", "AURELIE", "JULIE", "EMILIE", "SOPHIE", "CAMILLE", "LAURA",
         "SARAH", "MANON", "AMINA", "FATOU", "INES", "LEA", "CHLOE", "STEPHANIE", "VALERIE", "KARINE", "AUDREY", "ELODIE", "MELANIE"];

    private static readonly string[] PrenomsH =
        ["JEAN", "PIERRE", "MICHEL", "PHILIPPE", "ALAIN", "NICOLAS", "CHRISTOPHE", "DAVID", "SEBASTIEN", "JULIEN", "THOMAS", "KEVIN", "KARIM",
         "MEHDI", "ROMAIN", "ANTOINE", "MAXIME", "LUCAS", "HUGO", "YANNICK", "FREDERIC", "LAURENT", "OLIVIER", "ERIC", "PASCAL", "MAMADOU"];

    private readonly Random hasard = new(graine);
    private readonly GenerateurAgenda agenda = new(aujourdhui, new Random(graine + 1));
    private readonly Passerelle.Web.Features.Communes.Communes communes = Passerelle.Web.Features.Communes.Communes.Charger();
    /// <summary>Numbers the generated dossiers (NUMDEMRSA, MATRICULE) after those already in the base.</summary>
    private int rang;

    public async Task InitialiserAsync() => rang = await db.Dossiers.IgnoreQueryFilters().MaxAsync(d => (int?)d.Id) ?? 0;

    public async Task<VolumesGeneres> GenererAsync(int departementId, string code, int personnes)
    {
        var lieux = await LieuxAsync(departementId, code);
        var offres = await db.Set<OffreAccompagnement>().IgnoreQueryFilters().AsNoTracking().Where(o => o.DepartementId == departementId)
            .Select(o => new { o.StructureId, o.TypeOrientation }).ToListAsync();
        var structuresParType = Types.ToDictionary(t => t.Type, t =>
        {
            var s = offres.Where(o => o.TypeOrientation == t.Type).Select(o => o.StructureId).ToArray();
            return s.Length > 0 ? s : offres.Select(o => o.StructureId).Distinct().ToArray();
        });
        await using var ecritureDb = contexte(departementId);
        var ecriture = new EcritureEnsembliste(ecritureDb);
        var referents = await ReferentsAsync(ecriture, departementId, code, personnes, structuresParType);
        var volumes = new VolumesGeneres(0, 0, 0, 0, 0, referents.Values.Sum(r => r.Count), await agenda.GenererAsync(ecriture, referents));
        for (var debut = 0; debut < personnes; debut += Paquet)
            volumes = await PaquetAsync(ecriture, code, Math.Min(Paquet, personnes - debut), lieux, structuresParType, referents, volumes);
        return volumes;
    }

    private async Task<VolumesGeneres> PaquetAsync(EcritureEnsembliste ecriture, string code, int nombre, Lieux lieux,
        Dictionary<TypeOrientation, int[]> structuresParType, Dictionary<int, List<string>> referents, VolumesGeneres volumes)
    {
        var dossiers = new List<DossierRsa>();
        var personnes = new List<Personne>();
        var parcours = new List<Parcours>();
        // Written once their parcours has a key: they carry its id without a navigation to it.
        var designations = new List<(Parcours Parcours, DesignationReferent Designation)>();
        var rendezVous = new List<(Parcours Parcours, RendezVous RendezVous)>();
        var contrats = new List<(Parcours Parcours, Contrat Contrat)>();
        var maintenant = HorlogeBanc.MaintenantUtc;
        while (personnes.Count < nombre)
        {
            var couple = nombre - personnes.Count >= 2 && hasard.NextDouble() < 0.3;
            var (codeInsee, territoireId) = lieux.Tirer(hasard);
            var etape = Tirer(Etapes);
            var entree = etape is EtapeParcours.SansReferent or EtapeParcours.Accompagne
                ? aujourdhui.AddDays(-hasard.Next(45, 3 * 365)) : aujourdhui.AddDays(-hasard.Next(0, 180));
            rang++;
            var dossier = new DossierRsa
            {
                NumDemRsa = $"B{rang:D10}",
                DateDemande = entree.AddDays(-hasard.Next(5, 40)),
                Organisme = "CAF",
                NumeroOrganisme = "001",
                Matricule = $"{rang:D15}",
                SituationFamille = couple ? "MAR" : "CEL",
                CodeInsee = codeInsee,
                TerritoireId = territoireId,
                EtatDroit = EtatsDroit.OuvertVersable,
                NaturesPrestation = "RSD",
                MontantTotal = hasard.Next(300, 1200),
                DateFlux = aujourdhui.AddDays(-hasard.Next(0, 30)),
                Empreinte = $"bench-{rang}",
            };
            dossiers.Add(dossier);
            foreach (var role in couple ? new[] { "DEM", "CJT" } : ["DEM"])
            {
                var femme = hasard.NextDouble() < 0.55;
                var nom = Noms[hasard.Next(Noms.Length)];
                var prenom = femme ? PrenomsF[hasard.Next(PrenomsF.Length)] : PrenomsH[hasard.Next(PrenomsH.Length)];
                var naissance = aujourdhui.AddDays(-hasard.Next(18 * 365, 64 * 365));
                var prefixeNir = PrefixeNir(femme, naissance, code);
                var personne = new Personne
                {
                    Civilite = femme ? "MME" : "MR",
                    Nom = nom,
                    NomNaissance = nom,
                    Prenoms = prenom,
                    DateNaissance = naissance,
                    Sexe = femme ? "2" : "1",
                    CleIdentite = $"{nom} {prenom}",
                    DossierCourant = dossier,
                    RoleCourant = role,
                    EtatDroit = EtatsDroit.OuvertVersable,
                    SoumisDroitsDevoirs = true,
                    DateEntree = entree,
                    DejaEntre = true,
                };
                ClesBanc.Protection.Enregistrer(personne, Nir.AvecCle(prefixeNir));
                personne.IndexerNom();
                personnes.Add(personne);
                dossier.Membres.Add(new MembreFoyer { Dossier = dossier, Personne = personne, Role = role, SoumisDroitsDevoirs = true });
                ecriture.Ajouter(new HistoriqueDroit
                {
                    Personne = personne,
                    Dossier = dossier,
                    DateEffet = entree,
                    EtatDroit = EtatsDroit.OuvertVersable,
                    SoumisDroitsDevoirs = true,
                    Evenement = EvenementDroit.NouvelEntrant,
                });
                var p = Parcourir(personne, entree, etape, codeInsee, territoireId, structuresParType);
                parcours.Add(p);
                ecriture.Ajouter(p);
                if (etape == EtapeParcours.Convoque)
                    rendezVous.Add((p, Rdv(p, TypeRendezVous.EntretienOrientation, aujourdhui.AddDays(hasard.Next(4, 22)), StatutRendezVous.Planifie, maintenant, null)));
                if (etape == EtapeParcours.Accompagne) Accompagner(p, referents, designations, rendezVous, contrats, maintenant);
                if (personnes.Count == nombre) break;
            }
        }
        dossiers.ForEach(ecriture.Ajouter);
        await ecriture.EcrireAsync();
        foreach (var (p, d) in designations) (d.ParcoursId, d.PersonneId) = (p.Id, p.PersonneId);
        foreach (var (p, r) in rendezVous) (r.ParcoursId, r.PersonneId) = (p.Id, p.PersonneId);
        foreach (var (p, c) in contrats) (c.ParcoursId, c.PersonneId) = (p.Id, p.PersonneId);
        designations.ForEach(d => ecriture.Ajouter(d.Designation));
        contrats.ForEach(c => ecriture.Ajouter(c.Contrat));
        rendezVous.ForEach(r => ecriture.Ajouter(r.RendezVous));
        await ecriture.EcrireAsync();
        return volumes with
        {
            Personnes = volumes.Personnes + personnes.Count,
            Dossiers = volumes.Dossiers + dossiers.Count,
            Parcours = volumes.Parcours + parcours.Count,
            Designations = volumes.Designations + designations.Count,
            RendezVous = volumes.RendezVous + rendezVous.Count,
        };
    }

    /// <summary>An open parcours at <paramref name="etape"/> with the dates that step implies, never after today.</summary>
    private Parcours Parcourir(Personne personne, DateOnly entree, EtapeParcours etape, string codeInsee, int? territoireId,
        Dictionary<TypeOrientation, int[]> structuresParType)
    {
        var jeu = ReglesNationales.EnVigueur(entree);
        var p = new Parcours
        {
            Personne = personne,
            TerritoireId = territoireId,
            CodeInsee = codeInsee,
            DateEntree = entree,
            CodeRegles = jeu.Code,
            Etape = etape,
        };
        if (etape >= EtapeParcours.Invite) (p.DateInvitation, p.NombreInvitations) = (Apres(entree, 1, 10), hasard.NextDouble() < 0.2 ? 2 : 1);
        if (etape >= EtapeParcours.AOrienter) p.DateDiagnostic = Apres(p.DateInvitation!.Value, 5, 25);
        if (etape >= EtapeParcours.OrientationProposee)
        {
            p.TypeOrientation = Tirer(Types);
            var structures = structuresParType[p.TypeOrientation.Value];
            p.StructureId = structures[hasard.Next(structures.Length)];
        }
        if (etape >= EtapeParcours.SansReferent) p.DateOrientation = Apres(p.DateDiagnostic!.Value, 3, 30);
        p.CalculerEcheances(jeu);
        return p;
    }

    /// <summary>A référent of the oriented structure, the first appointment honoured for most, a contract for many, a follow-up planned for some.</summary>
    private void Accompagner(Parcours p, Dictionary<int, List<string>> referents, List<(Parcours, DesignationReferent)> designations,
        List<(Parcours, RendezVous)> rendezVous, List<(Parcours, Contrat)> contrats, DateTime maintenant)
    {
        var equipe = referents.GetValueOrDefault(p.StructureId!.Value) ?? referents.Values.First(r => r.Count > 0);
        p.ReferentId = equipe[hasard.Next(equipe.Count)];
        var debut = Apres(p.DateOrientation!.Value, 0, 10);
        designations.Add((p, new DesignationReferent
        {
            StructureId = p.StructureId.Value,
            ReferentId = p.ReferentId,
            TypeOrientation = p.TypeOrientation!.Value,
            DateDebut = debut,
            DesignePar = "banc d'essai",
        }));
        if (hasard.NextDouble() < 0.85)
        {
            p.DatePremierRdvReferent = Apres(debut, 3, 20);
            p.DernierContact = p.DatePremierRdvReferent;
            rendezVous.Add((p, Rdv(p, TypeRendezVous.PremierRdvReferent, p.DatePremierRdvReferent.Value, StatutRendezVous.Honore, maintenant, p.ReferentId)));
            if (hasard.NextDouble() < 0.75) contrats.Add((p, Contracter(p, Apres(p.DatePremierRdvReferent.Value, 5, 40), maintenant)));
        }
        if (hasard.NextDouble() < 0.3)
            rendezVous.Add((p, Rdv(p, TypeRendezVous.Suivi, aujourdhui.AddDays(hasard.Next(4, 41)), StatutRendezVous.Planifie, maintenant, p.ReferentId)));
        p.CalculerEcheances(ReglesNationales.EnVigueur(p.DateEntree));
    }

    /// <summary>The contract signed with the référent, written as ServiceContrats writes it (RedactionContrat), the CER validated by the département.</summary>
    private Contrat Contracter(Parcours p, DateOnly signe, DateTime maintenant)
    {
        var jeu = ReglesNationales.EnVigueur(p.DateEntree);
        var contrat = new Contrat { Type = TypeContratRegles.Pour(p.TypeOrientation!.Value, jeu), Rang = RangContrat.Premier, CreeLe = maintenant, CreePar = "banc d'essai" };
        RedactionContrat.Remplir(contrat, new SaisieContrat
        {
            DateDebut = signe,
            DureeMois = ReglesContrats.DureesPermises[hasard.Next(ReglesContrats.DureesPermises.Count)],
            SigneLe = signe,
            SigneA = "Accueil de la structure",
            Objectifs = [new("Logement", "Accéder à un logement autonome")],
            Organisme = contrat.Type.DecideParDepartement() ? null : "France Travail",
        });
        RedactionContrat.Enregistrer(contrat, "banc d'essai", maintenant);
        if (TransitionsContrat.Suivant(contrat, ActeContrat.Valider, false).Vers is { } valide)
            RedactionContrat.Decider(contrat, ActeContrat.Valider, valide, "banc d'essai", maintenant, null);
        RedactionContrat.Jalonner(p, [contrat], jeu);
        return contrat;
    }

    private RendezVous Rdv(Parcours p, TypeRendezVous type, DateOnly jour, StatutRendezVous statut, DateTime maintenant, string? referentId) => new()
    {
        Type = type,
        Debut = jour.ToDateTime(new TimeOnly(8 + hasard.Next(0, 9), 0), DateTimeKind.Utc),
        Lieu = "Accueil de la structure",
        StructureId = p.StructureId,
        ReferentId = referentId,
        Convocation = type == TypeRendezVous.EntretienOrientation,
        Statut = statut,
        CreePar = "banc d'essai",
        CreeLe = maintenant,
        StatutPar = statut == StatutRendezVous.Planifie ? null : "banc d'essai",
        StatutLe = statut == StatutRendezVous.Planifie ? null : jour.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc),
    };

    /// <summary>Sex, year and month of birth, born in the département (its first two characters), a commune and an order number.</summary>
    private string PrefixeNir(bool femme, DateOnly naissance, string code) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{(femme ? 2 : 1)}{naissance.Year % 100:00}{naissance.Month:00}{code[..2]}{hasard.Next(1, 999):000}{hasard.Next(1, 999):000}");

    private DateOnly Apres(DateOnly date, int min, int max)
    {
        var jour = date.AddDays(hasard.Next(min, max + 1));
        return jour > aujourdhui ? aujourdhui : jour;
    }

    private T Tirer<T>((T Valeur, double Part)[] parts)
    {
        var tirage = hasard.NextDouble();
        foreach (var (valeur, part) in parts)
            if ((tirage -= part) < 0) return valeur;
        return parts[^1].Valeur;
    }

    /// <summary>
    /// The référents of each structure accompanying people, completed with new accounts (same password as the demo)
    /// so that every référent carries about <see cref="ChargeReferent"/> persons at the expected volume.
    /// </summary>
    private async Task<Dictionary<int, List<string>>> ReferentsAsync(EcritureEnsembliste ecriture, int departementId, string code, int personnes,
        Dictionary<TypeOrientation, int[]> structuresParType)
    {
        var existants = await db.Habilitations.IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.DepartementId == departementId && h.Role == Role.Referent && h.StructureId != null)
            .Select(h => new { StructureId = h.StructureId!.Value, h.UtilisateurId }).ToListAsync();
        var parStructure = existants.GroupBy(e => e.StructureId).ToDictionary(g => g.Key, g => g.Select(e => e.UtilisateurId).Distinct().ToList());
        var accompagnes = personnes * Etapes.Single(e => e.Etape == EtapeParcours.Accompagne).Part;
        var charges = new Dictionary<int, double>();
        foreach (var (type, part) in Types)
            foreach (var s in structuresParType[type])
                charges[s] = charges.GetValueOrDefault(s) + accompagnes * part / structuresParType[type].Length;
        var hash = (await db.Users.AsNoTracking().FirstAsync(u => u.DepartementId == departementId)).PasswordHash;
        var utilisateurs = new List<Utilisateur>();
        foreach (var (structureId, charge) in charges)
        {
            var equipe = parStructure.TryGetValue(structureId, out var e) ? e : parStructure[structureId] = [];
            while (equipe.Count < Math.Ceiling(charge / ChargeReferent))
            {
                var email = $"referent-banc-{utilisateurs.Count + 1}-{structureId}@{code}.passerelle.test";
                var u = new Utilisateur
                {
                    Id = Guid.CreateVersion7().ToString(),
                    Prenom = PrenomsF[hasard.Next(PrenomsF.Length)],
                    Nom = Noms[hasard.Next(Noms.Length)],
                    DepartementId = departementId,
                    Email = email,
                    UserName = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    NormalizedUserName = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    LockoutEnabled = true,
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    ConcurrencyStamp = Guid.NewGuid().ToString(),
                };
                utilisateurs.Add(u);
                ecriture.Ajouter(new Habilitation { UtilisateurId = u.Id, Role = Role.Referent, StructureId = structureId });
                equipe.Add(u.Id);
            }
        }
        utilisateurs.ForEach(ecriture.Ajouter);
        await ecriture.EcrireAsync();
        return parStructure;
    }

    private async Task<Lieux> LieuxAsync(int departementId, string code)
    {
        var rattachees = await db.Set<Passerelle.Web.Features.Territoires.TerritoireCommune>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.DepartementId == departementId).ToDictionaryAsync(t => t.CodeInsee, t => t.TerritoireId);
        var liste = communes.DuDepartement(code).Select(c => (c.CodeInsee, Territoire: rattachees.TryGetValue(c.CodeInsee, out var t) ? t : (int?)null, Poids: Math.Max(c.Population, 1))).ToArray();
        return new Lieux(liste);
    }

    /// <summary>Communes drawn by population, so a town's territoire holds its share of the département.</summary>
    private sealed class Lieux((string CodeInsee, int? Territoire, int Poids)[] communes)
    {
        private readonly long[] cumuls = communes.Select(c => (long)c.Poids).Aggregate(new List<long>(), (l, p) => { l.Add((l.Count > 0 ? l[^1] : 0) + p); return l; }).ToArray();

        public (string CodeInsee, int? Territoire) Tirer(Random hasard)
        {
            var i = Array.BinarySearch(cumuls, hasard.NextInt64(cumuls[^1]) + 1);
            var c = communes[i < 0 ? ~i : i];
            return (c.CodeInsee, c.Territoire);
        }
    }
}
