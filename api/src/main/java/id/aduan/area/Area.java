package id.aduan.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrative area (kecamatan, kelurahan...) by its Kemendagri code. */
@Entity
@Table(name = "area")
public class Area {
  @Id
  public String code;

  @Column(name = "parent_code")
  public String parentCode;

  @Column(nullable = false)
  public String name;
}
