namespace Passerelle.Web.Features.Comites;

/// <summary>The words users read for the instances' codes.</summary>
public static class LibellesComite
{
    public static string Libelle(this TypeComite type) => type switch
    {
        TypeComite.Pilotage => "Comité de pilotage",
        TypeComite.Technique => "Comité technique",
        TypeComite.Local => "Comité local",
        _ => "Autre instance",
    };

    public static string Libelle(this FrequenceComite frequence) => frequence switch
    {
        FrequenceComite.Annuelle => "Au moins une fois par an",
        FrequenceComite.Semestrielle => "Au moins une fois par semestre",
        FrequenceComite.Trimestrielle => "Au moins une fois par trimestre",
        FrequenceComite.Mensuelle => "Au moins une fois par mois",
        _ => "Selon les besoins",
    };

    public static string Libelle(this TypeInstitution type) => type switch
    {
        TypeInstitution.Departement => "Département",
        TypeInstitution.Etat => "État (DDETS, préfecture)",
        TypeInstitution.Caf => "CAF",
        TypeInstitution.Msa => "MSA",
        TypeInstitution.FranceTravail => "France Travail",
        TypeInstitution.Collectivite => "Commune, CCAS ou EPCI",
        TypeInstitution.Association => "Association",
        _ => "Autre",
    };

    public static string Libelle(this StatutPresence statut) => statut switch
    {
        StatutPresence.Presente => "Présente",
        StatutPresence.Excusee => "Excusée",
        _ => "Absente",
    };
}
