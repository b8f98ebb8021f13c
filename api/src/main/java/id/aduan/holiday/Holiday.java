package id.aduan.holiday;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off besides weekends. */
@Entity
@Table(name = "holiday")
public class Holiday {
  @Id
  public LocalDate date;

  @Column(nullable = false)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  /** National holiday, cuti bersama (collective leave) or a local day off. */
  public enum Kind {
    NATIONAL, CUTI_BERSAMA, LOCAL
  }
}
