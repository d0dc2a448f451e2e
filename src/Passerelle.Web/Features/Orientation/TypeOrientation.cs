namespace Passerelle.Web.Features.Orientation;

/// <summary>The three orientation categories of the CASF (L262-29); each département names them its own way (<see cref="JeuRegles"/>).</summary>
public enum TypeOrientation
{
    Professionnelle,
    SocioProfessionnelle,
    Sociale,
}

public static class TypeOrientationLibelles
{
    /// <summary>The CASF name, used when a rule set gives none.</summary>
    public static string LibelleNational(this TypeOrientation type) => type switch
    {
        TypeOrientation.Professionnelle => "Professionnelle",
        TypeOrientation.SocioProfessionnelle => "Socio-professionnelle",
        _ => "Sociale",
    };
}
