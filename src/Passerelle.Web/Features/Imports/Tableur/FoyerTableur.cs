using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Web.Features.Imports.Tableur.ChampTableur;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>
/// The consecutive rows that share one NUMDEMRSA. The dossier is described by its DEM row (or its
/// first row); the other rows may leave dossier cells empty, and where they contradict it the DEM row wins
/// with a warning.
/// </summary>
internal sealed class FoyerTableur(AnalyseurLigne analyseur, string numDemRsa, ErreurLigne? dejaVu)
{
    private readonly List<LigneAnalysee> lignes = [];

    public string NumDemRsa => numDemRsa;
    public int PremiereLigne => lignes[0].Ligne;
    public IReadOnlyList<LigneAnalysee> Lignes => lignes;

    public void Ajouter(LigneAnalysee ligne) => lignes.Add(ligne);

    /// <summary>Row errors first, in file order, then what is wrong with the rows taken together.</summary>
    public List<ErreurLigne> Erreurs()
    {
        var erreurs = lignes.SelectMany(l => l.Erreurs).ToList();
        if (dejaVu is not null) erreurs.Insert(0, dejaVu);
        var reference = Reference();
        foreach (var ligne in lignes.Where(l => l != reference))
            foreach (var definition in ChampsTableur.Tous.Where(d => d.Dossier))
            {
                var (attendu, valeur) = (reference[definition.Champ], ligne[definition.Champ]);
                if (attendu.Length > 0 && valeur.Length > 0 && !string.Equals(attendu, valeur, StringComparison.OrdinalIgnoreCase))
                    erreurs.Add(new ErreurLigne(ligne.Ligne, definition.Champ, analyseur.Colonne(definition.Champ), valeur,
                        $"Le dossier {numDemRsa} a « {attendu} » ligne {reference.Ligne} et « {valeur} » ligne {ligne.Ligne} : les lignes d'un même dossier doivent porter les mêmes informations de dossier. La valeur de la ligne {reference.Ligne} est gardée.",
                        PorteeErreur.Avertissement, NatureAvertissement.LignesContradictoires));
            }
        var demandeurs = lignes.Where(l => l[Role].Equals("DEM", StringComparison.OrdinalIgnoreCase)).ToList();
        if (demandeurs.Count > 1)
            erreurs.Add(new ErreurLigne(demandeurs[1].Ligne, Role, analyseur.Colonne(Role), demandeurs[1][Role],
                $"Le dossier {numDemRsa} a deux demandeurs (rôle DEM), lignes {demandeurs[0].Ligne} et {demandeurs[1].Ligne}.", PorteeErreur.Reverifiee));
        else if (demandeurs.Count == 0 && lignes.All(l => l[Role].Length > 0))
            erreurs.Add(new ErreurLigne(PremiereLigne, Role, analyseur.Colonne(Role), lignes[0][Role],
                $"Le dossier {numDemRsa} n'a aucune personne de rôle DEM (demandeur).", PorteeErreur.Reverifiee));
        return erreurs;
    }

    /// <summary>
    /// Call only when <see cref="Erreurs"/> holds no reject. Unreadable values take their fallback (reference date,
    /// empty), a row without a readable birth date gives no person; <paramref name="rangs"/> maps each row to its person.
    /// </summary>
    public FoyerCnaf Construire(List<AvertissementLu> avertissements, out int?[] rangs)
    {
        var d = Reference();
        string Dossier(ChampTableur champ) => d[champ].Length > 0 ? d[champ] : lignes.Select(l => l[champ]).FirstOrDefault(v => v.Length > 0) ?? "";
        var organisme = Dossier(Organisme).ToUpperInvariant();
        var montant = Dossier(Montant);
        var personnes = new List<PersonneCnaf>(lignes.Count);
        rangs = new int?[lignes.Count];
        for (var i = 0; i < lignes.Count; i++)
            if (Personne(lignes[i], personnes.Count, avertissements) is { } p)
            {
                rangs[i] = personnes.Count;
                personnes.Add(p);
            }
        return new FoyerCnaf(
            new OrganismeCnaf(organisme.Length > 0 ? organisme : "CAF", Dossier(NumOrg).ToUpperInvariant(), Dossier(Matricule)),
            numDemRsa, analyseur.Date(Dossier(DateDemande)) ?? analyseur.DateReference, Dossier(SituationFamille).ToUpperInvariant(),
            new AdresseCnaf(Dossier(NumeroVoie), Dossier(TypeVoie), Dossier(NomVoie), Dossier(CodeInsee).ToUpperInvariant(), Dossier(CodePostal), Dossier(Commune)),
            personnes,
            new DroitCnaf(Dossier(EtatDossier).ToUpperInvariant(), Vide(Dossier(MotifCloture).ToUpperInvariant()), analyseur.Date(Dossier(DateCloture)),
                ValeursTableur.Codes(Dossier(MotifsSuspension)).Where(c => c.Length <= 3).ToList(), ValeursTableur.Codes(Dossier(NaturesPrestation)),
                montant.Length > 0 ? ValeursTableur.Montant(montant) : null));
    }

    private PersonneCnaf? Personne(LigneAnalysee p, int rang, List<AvertissementLu> avertissements)
    {
        if (analyseur.Date(p[DateNaissance]) is not { } naissance) return null;
        var nir = Dossiers.Nir.Lire(p[ChampTableur.Nir]);
        if (nir.Anomalie is { } anomalie)
            avertissements.Add(new AvertissementLu(nir.CleFausse ? NatureAvertissement.CleNirFausse : NatureAvertissement.NirInvalide, p.Ligne,
                analyseur.Colonne(ChampTableur.Nir), p[ChampTableur.Nir],
                nir.CleFausse ? anomalie : anomalie + " Le NIR n'est pas gardé : la personne est reconnue par ses nom, prénom et date de naissance.", rang));
        var sdd = ValeursTableur.Booleen(p[SoumisDroitsDevoirs]);
        return new PersonneCnaf(p[Role].ToUpperInvariant(), Vide(p[Civilite].ToUpperInvariant()), p[Nom], p[NomNaissance], p[Prenom],
            naissance, p[CommuneNaissance], nir.Complet, p[Sexe], sdd ?? false, Vide(p[Nationalite]), Vide(p[Telephone]),
            AnalyseurLigne.EstEmail(p[Email]) ? p[Email] : null, SddTransmis: sdd is not null);
    }

    private LigneAnalysee Reference() => lignes.FirstOrDefault(l => l[Role].Equals("DEM", StringComparison.OrdinalIgnoreCase)) ?? lignes[0];

    private static string? Vide(string valeur) => valeur.Length == 0 ? null : valeur;
}
