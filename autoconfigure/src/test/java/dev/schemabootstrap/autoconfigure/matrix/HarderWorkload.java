package dev.schemabootstrap.autoconfigure.matrix;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.schemabootstrap.autoconfigure.fixtures.harder.Address;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Contractor;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Department;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Document;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Employee;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Grade;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Invoice;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Memo;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Office;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Person;
import dev.schemabootstrap.autoconfigure.fixtures.harder.PersonStatus;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Priority;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Project;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Shipment;
import dev.schemabootstrap.autoconfigure.fixtures.harder.ShipmentId;
import dev.schemabootstrap.autoconfigure.fixtures.harder.ShipmentLine;
import dev.schemabootstrap.autoconfigure.fixtures.harder.Team;
import dev.schemabootstrap.autoconfigure.matrix.DatabaseMatrixScenario.Jpa;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of the harder model through JPA: in, back, refused when they break a key, and out again. */
final class HarderWorkload {

	private static final ShipmentId SHIPMENT = new ShipmentId("AMS", 7);

	private final Jpa jpa;

	private Long office;

	private Long team;

	private Long project;

	private Long rootDepartment;

	private Long department;

	private UUID employee;

	private UUID contractor;

	private Long invoice;

	private Long memo;

	HarderWorkload(Jpa jpa) {
		this.jpa = jpa;
	}

	void run() {
		insert();
		closeTheCycle();
		readBack();
		refuseBrokenReferences();
		delete();
	}

	private void insert() {
		// The cycle offices → projects → teams → offices goes in with its nullable edge empty.
		jpa.write((em) -> {
			Office hq = new Office("HQ", new Address("1 Main St", "Amsterdam", "NL"));
			hq.billingAddress = new Address("PO Box 9", "Utrecht", "NL");
			em.persist(hq);
			em.flush();
			office = hq.id;
		});
		// The team's id comes from a sequence; on SQLite Hibernate takes it from a *_seq table through a second
		// connection, which SQLite's one writer refuses (SQLITE_BUSY) once a transaction has written. So it goes in
		// first in a transaction of its own, its office by reference (a read would pin a stale snapshot).
		jpa.write((em) -> {
			Team platform = new Team("Platform", em.getReference(Office.class, office));
			em.persist(platform);
			em.flush();
			team = platform.id;
		});
		jpa.write((em) -> {
			Office hq = em.find(Office.class, office);
			Team platform = em.find(Team.class, team);
			Project atlas = new Project("Atlas", Priority.URGENT, platform);
			em.persist(atlas);
			Department engineering = new Department("Engineering", null);
			em.persist(engineering);
			Department backend = new Department("Backend", engineering);
			em.persist(backend);
			Employee ada = new Employee("Ada", new Address("2 Side St", "Delft", "NL"), backend, Grade.SENIOR);
			ada.projects.add(atlas);
			em.persist(ada);
			Contractor bob = new Contractor("Bob", "Temps Inc");
			em.persist(bob);
			Shipment shipment = new Shipment(SHIPMENT, hq, Priority.NORMAL);
			em.persist(shipment);
			em.persist(new ShipmentLine(shipment, 1, "beans"));
			em.persist(new ShipmentLine(shipment, 2, "filters"));
			Invoice bill = new Invoice("INV-1", ada, new BigDecimal("99.50"), shipment);
			em.persist(bill);
			Memo note = new Memo("Note", bob, "Welcome");
			em.persist(note);
			em.flush();
			project = atlas.id;
			rootDepartment = engineering.id;
			department = backend.id;
			employee = ada.id;
			contractor = bob.id;
			invoice = bill.id;
			memo = note.id;
		});
	}

	private void closeTheCycle() {
		jpa.write((em) -> em.find(Office.class, office).flagshipProject = em.find(Project.class, project));
	}

	private void readBack() {
		jpa.write((em) -> {
			em.clear();
			Office hq = em.find(Office.class, office);
			assertThat(hq.flagshipProject.team.office).isSameAs(hq);
			assertThat(hq.address.city).isEqualTo("Amsterdam");
			assertThat(hq.billingAddress.city).isEqualTo("Utrecht");
			Person person = em.find(Person.class, employee);
			assertThat(person).isInstanceOfSatisfying(Employee.class, (ada) -> {
				assertThat(ada.status).isEqualTo(PersonStatus.ACTIVE);
				assertThat(ada.grade).isEqualTo(Grade.SENIOR);
				assertThat(ada.address.countryCode).isEqualTo("NL");
				assertThat(ada.department.parent.id).isEqualTo(rootDepartment);
				assertThat(ada.projects).extracting((p) -> p.id).containsExactly(project);
			});
			assertThat(em.find(Person.class, contractor)).isInstanceOfSatisfying(Contractor.class, (bob) -> {
				assertThat(bob.agency).isEqualTo("Temps Inc");
				assertThat(bob.address).isNull();
			});
			assertThat(em.find(Project.class, project).priority).isEqualTo(Priority.URGENT);
			ShipmentLine line = em.find(ShipmentLine.class, new ShipmentLine.Key(SHIPMENT, 2));
			assertThat(line.article).isEqualTo("filters");
			assertThat(line.shipment.origin).isSameAs(hq);
			List<Document> documents = em.createQuery("select d from Document d order by d.id", Document.class)
				.getResultList();
			assertThat(documents).hasSize(2);
			assertThat(documents.get(0)).isInstanceOfSatisfying(Invoice.class, (bill) -> {
				assertThat(bill.shipment.id).isEqualTo(SHIPMENT);
				assertThat(bill.author.id).isEqualTo(employee);
				assertThat(bill.amount).isEqualByComparingTo("99.50");
			});
			assertThat(documents.get(1)).isInstanceOfSatisfying(Memo.class,
					(note) -> assertThat(note.author).isInstanceOf(Contractor.class));
		});
		// STRING and ORDINAL enums as stored.
		assertThat(jpa.jdbc.queryForObject("select priority from " + jpa.table("ops", "projects"), String.class))
			.isEqualTo("URGENT");
		assertThat(jpa.jdbc.queryForObject("select grade from " + jpa.table("hr", "employees"), Integer.class))
			.isEqualTo(Grade.SENIOR.ordinal());
	}

	private void refuseBrokenReferences() {
		String offices = jpa.table(null, "offices");
		// Every edge of the three-table cycle.
		jpa.refused("update " + offices + " set flagship_project_id = ? where id = ?", 999_999L, office);
		jpa.refused("update " + jpa.table("ops", "projects") + " set team_id = ?", 999_999L);
		jpa.refused("update " + jpa.table("hr", "teams") + " set office_id = ?", 999_999L);
		// The self-reference, the composite key (from its lines and from the single table), the join table.
		jpa.refused("update " + jpa.table("hr", "departments") + " set parent_id = ? where id = ?", 999_999L,
				department);
		jpa.refused("insert into " + jpa.table("ops", "shipment_lines")
				+ " (warehouse_code, shipment_number, line_no, article) values ('XXX', 1, 1, 'x')");
		jpa.refused("update " + jpa.table("ops", "documents") + " set shipment_number = 99 where id = ?", invoice);
		jpa.refused("update " + jpa.table("hr", "employee_projects") + " set project_id = ?", 999_999L);
		// JOINED: a person's row is referenced by its subclass row (and the documents); UUID keys through JPA.
		jpa.refused("delete from " + jpa.table("hr", "people"));
		jpa.refused(() -> jpa.write((em) -> {
			em.persist(new Memo("Orphan", em.getReference(Contractor.class, UUID.randomUUID()), "?"));
			em.flush();
		}));
		assertThat(jpa.count(Document.class)).isEqualTo(2);
	}

	private void delete() {
		jpa.write((em) -> {
			Office hq = em.find(Office.class, office);
			hq.flagshipProject = null;
			em.flush();
			em.remove(em.find(Document.class, invoice));
			em.remove(em.find(Document.class, memo));
			em.find(Employee.class, employee).projects.clear();
			em.flush();
			em.remove(em.find(ShipmentLine.class, new ShipmentLine.Key(SHIPMENT, 1)));
			em.remove(em.find(ShipmentLine.class, new ShipmentLine.Key(SHIPMENT, 2)));
			em.flush();
			em.remove(em.find(Shipment.class, SHIPMENT));
			em.remove(em.find(Person.class, employee));
			em.remove(em.find(Person.class, contractor));
			em.flush();
			em.remove(em.find(Department.class, department));
			em.flush();
			em.remove(em.find(Department.class, rootDepartment));
			em.remove(em.find(Project.class, project));
			em.flush();
			em.remove(em.find(Team.class, team));
			em.flush();
			em.remove(hq);
		});
		for (Class<?> entity : new Class<?>[] { Office.class, Team.class, Project.class, Department.class,
				Person.class, Shipment.class, ShipmentLine.class, Document.class }) {
			assertThat(jpa.count(entity)).as(entity.getSimpleName()).isZero();
		}
		assertThat(jpa.jdbc.queryForObject("select count(*) from " + jpa.table("hr", "employee_projects"),
				Integer.class)).isZero();
	}

}
