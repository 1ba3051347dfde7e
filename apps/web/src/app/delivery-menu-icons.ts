// The delivery menu's icons, loaded after the first paint (delivery-routes.tsx, menu-icons.tsx).
export {
  ApartmentOutlined,
  AppstoreOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  IdcardOutlined,
  MessageOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
