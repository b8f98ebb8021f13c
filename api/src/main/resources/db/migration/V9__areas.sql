-- Administrative areas (Kemendagri codes): province 53, city 53.71, kecamatan 53.71.04,
-- kelurahan 53.71.04.1001. The report form offers them; statistics group by them.
-- Each city loads its own list (the demo data loads Kota Kupang).
CREATE TABLE area (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9][0-9.]{0,19}$'),
    parent_code text REFERENCES area (code),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
);

-- The form lists the children of one area in code order.
CREATE INDEX area_parent_code_idx ON area (parent_code, code);
