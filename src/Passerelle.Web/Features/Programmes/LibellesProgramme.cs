namespace Passerelle.Web.Features.Programmes;

public static class LibellesProgramme
{
    public static string Libelle(this TypeProgramme type) => type switch
    {
        TypeProgramme.Pti => "Pacte territorial pour l'insertion (PTI)",
        TypeProgramme.Pdi => "Programme départemental d'insertion (PDI)",
        TypeProgramme.Pdie => "Plan départemental d'insertion vers l'emploi (PDIE)",
        TypeProgramme.Fse => "Programme du Fonds social européen (FSE)",
        _ => "Convention de la stratégie pauvreté",
    };

    public static string Periode(DateOnly debut, DateOnly fin) => debut.Year == fin.Year ? $"{debut.Year}" : $"{debut.Year}-{fin.Year}";

    public static string Euros(decimal montant) => montant.ToString("#,##0.00 €", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
